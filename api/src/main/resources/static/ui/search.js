// The search box in the header of every page: autocomplete from /api/search, and the page
// header itself, so that every page has the same navigation.
(function () {
  const bar = document.createElement('header');
  bar.className = 'pg-bar';
  bar.innerHTML =
    '<a class="brand" href="/">Papergraph</a>' +
    '<nav><a href="/query">SPARQL</a><a href="/graph">Graph</a><a href="/swagger-ui.html">REST API</a></nav>' +
    '<form class="pg-search" role="search" autocomplete="off">' +
    '<input id="pg-search" type="search" placeholder="Search papers, topics, venues" aria-label="Search">' +
    '<ul hidden></ul></form>';
  document.body.prepend(bar);

  const input = bar.querySelector('input');
  const list = bar.querySelector('ul');
  const form = bar.querySelector('form');
  let items = [];
  let active = -1;
  let pending = null;

  function href(kind, id) {
    return '/explore/' + kind + '/' + id.split('/').map(encodeURIComponent).join('/');
  }

  function show() {
    list.innerHTML = '';
    items.forEach((it, i) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = it.href;
      a.textContent = it.label;
      if (i === active) a.className = 'active';
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = it.kind;
      a.prepend(kind);
      li.append(a);
      list.append(li);
    });
    list.hidden = items.length === 0;
  }

  async function lookup(q) {
    // The last word may be half typed: a trailing * lets it stand for any word it begins.
    const words = /[\p{L}\p{N}]$/u.test(q) ? q + '*' : q;
    const res = await fetch('/api/search?types=topic,venue,paper&limit=5&q=' + encodeURIComponent(words));
    if (!res.ok) return [];
    const body = await res.json();
    const out = [];
    for (const [group, kind] of [['topics', 'topic'], ['venues', 'venue'], ['papers', 'paper']]) {
      const hits = (body.results[group] || {}).results || [];
      for (const h of hits) {
        const link = h.link || h;
        out.push({ kind, label: link.label || link.title || link.id, href: href(kind, link.id) });
      }
    }
    return out;
  }

  input.addEventListener('input', () => {
    const q = input.value.trim();
    clearTimeout(pending);
    if (q.length < 2) { items = []; show(); return; }
    pending = setTimeout(async () => {
      const found = await lookup(q);
      if (input.value.trim() === q) { items = found; active = -1; show(); }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { active = Math.min(active + 1, items.length - 1); show(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); show(); e.preventDefault(); }
    else if (e.key === 'Escape') { items = []; show(); }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const pick = items[Math.max(active, 0)];
    if (pick) location.href = pick.href;
  });
  document.addEventListener('click', (e) => { if (!form.contains(e.target)) { list.hidden = true; } });
})();
