// The explorer pages: /explore/{paper|topic|venue|owner}/{id}. Each reads its entity from the
// REST API and shows neighbours as links, counts and small charts.
(function () {
  const page = document.getElementById('page');
  const parts = location.pathname.split('/').slice(2).map(decodeURIComponent);
  const kind = parts[0];
  const id = parts.slice(1).join('/');
  const path = (s) => s.split('/').map(encodeURIComponent).join('/');

  // Builds elements without HTML strings, so nothing from the data is ever parsed as markup.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) if (c != null) e.append(c);
    return e;
  }
  const link = (k, l, text) => el('a', { href: '/explore/' + k + '/' + path(l.id) }, text || l.label || l.id);
  const num = (n) => el('span', { class: 'num' }, ' ' + n);
  const linkedData = (iri) => {
    const u = new URL(iri);
    return el('a', { href: u.pathname }, 'linked data');
  };

  function section(title, items, render) {
    if (!items || items.length === 0) return null;
    return el('section', {}, el('h2', {}, title + ' (' + items.length + ')'),
      el('ul', { class: 'links' }, ...items.map((i) => el('li', {}, ...render(i)))));
  }
  function counts(pairs) {
    return el('div', { class: 'counts' }, ...pairs.map(([k, v]) => el('div', {}, el('b', {}, String(v)), k)));
  }
  function chart(title, labels, values, horizontal) {
    if (labels.length === 0) return null;
    const canvas = el('canvas', { id: 'chart-' + title.toLowerCase().replace(/\W+/g, '-') });
    // A horizontal chart names every bar, so it grows with the number of bars.
    const style = horizontal ? 'height:' + (3 + labels.length * 1.6) + 'em' : '';
    const box = el('section', {}, el('h2', {}, title), el('div', { class: 'chart', style }, canvas));
    requestAnimationFrame(() => new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ data: values, backgroundColor: '#2a6fb0' }] },
      options: {
        indexAxis: horizontal ? 'y' : 'x', maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } }, scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
          [horizontal ? 'y' : 'x']: { ticks: { autoSkip: false } },
        },
      },
    }));
    return box;
  }
  function header(title, sub, kindLabel, iri, graphParam) {
    document.title = title + ' – Papergraph';
    const tools = [el('span', { class: 'muted' }, kindLabel), ' · ', linkedData(iri)];
    if (graphParam) tools.push(' · ', el('a', { href: '/graph?' + graphParam, id: 'open-graph' }, 'graph view'));
    return [el('h1', {}, title), sub ? el('p', { class: 'muted' }, sub) : null, el('p', {}, ...tools)];
  }

  // Papers per month, counted from the paper list (the venue view has no trend of its own).
  async function papersPerMonth(param) {
    const res = await fetch('/api/papers?perPage=100&' + param);
    if (!res.ok) return null;
    const body = await res.json();
    const byMonth = {};
    for (const p of body.results) if (p.created) byMonth[p.created.slice(0, 7)] = (byMonth[p.created.slice(0, 7)] || 0) + 1;
    const months = Object.keys(byMonth).sort();
    return { months, values: months.map((m) => byMonth[m]), papers: body.results };
  }

  async function topic() {
    const t = await get('/api/topics/' + path(id));
    const monthly = t.byMonth || [];
    return [
      ...header(t.label, (t.altLabels || []).join(' · '), 'Topic', t.iri, 'topic=' + encodeURIComponent(t.id)),
      counts([['papers', t.paperCount], ['venues', (t.venues || []).length], ['co-occurring topics', (t.cooccurring || []).length]]),
      chart('Papers per month', monthly.map((c) => c.period), monthly.map((c) => c.count)),
      el('div', { class: 'cols' },
        section('Venues', t.venues, (v) => [link('venue', v.venue), num(v.count)]),
        section('Co-occurring topics', t.cooccurring, (c) => [link('topic', c.topic), num(c.count + ' papers, lift ' + c.lift.toFixed(1))]),
        section('Broader', t.broader, (b) => [link('topic', b)]),
        section('Related', t.related, (b) => [link('topic', b)])),
      section('Narrower', t.narrower, (b) => [link('topic', b)]),
      await paperList('topic=' + encodeURIComponent(t.id)),
    ];
  }

  async function venue() {
    const v = await get('/api/venues/' + path(id));
    const trend = await papersPerMonth('venue=' + encodeURIComponent(v.id));
    const topics = (v.topics || []).slice(0, 15);
    return [
      ...header(v.label, v.name + (v.provisional ? ' (provisional: in no registry)' : ''), 'Venue: ' + v.kind, v.iri, 'venue=' + encodeURIComponent(v.id)),
      counts([['papers', v.paperCount], ['editions', (v.editions || []).length], ['topics', (v.topics || []).length]]),
      trend ? chart('Papers per month', trend.months, trend.values) : null,
      chart('Topic profile', topics.map((s) => s.topic.label), topics.map((s) => s.count), true),
      el('div', { class: 'cols' },
        section('Topics', v.topics, (s) => [link('topic', s.topic), num(s.count + ' (' + Math.round(s.share * 100) + '%)')]),
        section('Related venues', v.related, (r) => [link('venue', r.venue), num('similarity ' + r.similarity.toFixed(2))])),
      el('div', { class: 'cols' },
        section('Ranks', Object.entries(v.ranks || {}), ([system, rank]) => [system.toUpperCase() + ' ' + rank]),
        section('Registry sources', v.sources, (s) => [s])),
      (v.issns || []).length ? section('ISSN', v.issns, (s) => [s]) : null,
      section('Editions with papers', (v.editions || []).filter((e) => e.paperCount > 0),
        (e) => [String(e.year), e.location ? ', ' + e.location : '', num(e.paperCount + ' papers')]),
      section('Papers', v.papers, (p) => [link('paper', p)]),
    ];
  }

  async function owner() {
    const o = await get('/api/owners/' + path(id));
    const topics = (o.topics || []).slice(0, 15);
    return [
      ...header(o.accountName || o.id, o.url, 'Repository owner (lab)', o.iri, 'owner=' + encodeURIComponent(o.id)),
      counts([['repositories', (o.repositories || []).length], ['papers', (o.papers || []).length], ['topics', (o.topics || []).length]]),
      chart('Topic profile', topics.map((s) => s.topic.label), topics.map((s) => s.count), true),
      el('div', { class: 'cols' },
        section('Topics', o.topics, (s) => [link('topic', s.topic), num(s.count)]),
        section('Venues', o.venues, (v) => [link('venue', v.venue), num(v.count)]),
        section('Repositories', o.repositories, (r) => [el('a', { href: r.url }, r.name), num(r.paperCount + ' papers')]),
        section('Papers', o.papers, (p) => [link('paper', p)])),
    ];
  }

  // The words that made a topic, with where they stand: a reader checks a topic against them.
  const evidence = (t) => (t.evidence || []).length === 0 ? null : el('span', { class: 'muted evidence' },
    ' from ' + t.evidence.map((e) => '\u201c' + e.matchedText + '\u201d (' + POSITION[(e.textPosition || '').split('#')[1]] + ')').join(', '));
  const POSITION = { TitleText: 'title', LeadSentence: 'lead sentence', BodySentence: 'abstract' };
  // The topic check's cosine between the paper and the topic, once the check has run.
  const meaning = (t) => t.semanticSimilarity == null ? null : el('span', { class: 'muted', title: 'cosine between the paper and the topic' },
    ' similarity ' + Number(t.semanticSimilarity).toFixed(2));

  // The papers nearest this one by title-and-abstract vector; computed in the background after a
  // write, so a paper written seconds ago may have none yet.
  async function similarPapers() {
    const res = await fetch('/api/papers/' + path(id) + '/similar?limit=5', { headers: { Accept: 'application/json' } });
    const box = (...children) => el('section', { id: 'similar-papers' }, el('h2', {}, 'Similar papers'), ...children);
    if (!res.ok) return box(el('p', { class: 'muted' }, res.status === 503 ? 'not computed yet: reload in a few seconds' : 'not available'));
    const body = await res.json();
    if (body.results.length === 0) return box(el('p', { class: 'muted' }, 'none'));
    return box(el('ul', { class: 'links' }, ...body.results.map((h) =>
      el('li', {}, link('paper', h, h.label || h.id), num('similarity ' + h.score.toFixed(2))))));
  }

  async function paper() {
    const [p, similar] = await Promise.all([get('/api/papers/' + path(id)), similarPapers()]);
    return [
      ...header(p.title || p.id, p.created, 'Paper', p.iri, null),
      p.abstractText ? el('p', {}, p.abstractText) : null,
      el('div', { class: 'cols' },
        section('Topics', p.topics, (t) => [link('topic', t), num(t.score), meaning(t), evidence(t)]),
        section('Presented at', p.presentedAt, (v) => [link('venue', v), v.year ? ' ' + v.year : '']),
        section('Venue claims', p.venueClaims, (c) => [c.rawText || JSON.stringify(c)]),
        section('Code', p.repositories, (r) => [el('a', { href: r.url }, r.name), r.owner ? ' by ' : '',
          r.owner ? el('a', { href: '/explore/owner/' + r.owner.href.split('/').slice(3).join('/') }, r.owner.accountName) : null,
          r.official ? num('official') : null]),
        section('Links', p.sameAs, (s) => [el('a', { href: s }, s)]),
        similar),
    ];
  }

  async function paperList(param) {
    const res = await fetch('/api/papers?perPage=20&' + param);
    if (!res.ok) return null;
    const body = await res.json();
    return section('Papers', body.results, (p) => [link('paper', p, p.title || p.id), num(p.created || '')]);
  }

  async function get(url) {
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!res.ok) {
      let detail = res.statusText;
      try { detail = (await res.json()).detail || detail; } catch (e) { /* not a problem document */ }
      throw new Error(detail);
    }
    return res.json();
  }

  const views = { topic, venue, owner, paper };
  (views[kind] ? views[kind]() : Promise.reject(new Error('no explorer page for ' + kind)))
    .then((nodes) => page.replaceChildren(...nodes.filter((n) => n != null)))
    .catch((e) => page.replaceChildren(el('h1', {}, 'Not found'), el('p', { class: 'error' }, e.message)));
})();
