// The graph view: /graph?topic=ID, ?venue=ID or ?owner=HOST/OWNER. Nodes are topics, venues
// and labs; edges are co-occurrence (topic–topic) and publication (topic–venue, lab–topic),
// weighted by the number of papers. Clicking a node adds its neighbours.
(function () {
  const params = new URLSearchParams(location.search);
  const path = (s) => s.split('/').map(encodeURIComponent).join('/');
  const NEIGHBOURS = 12;

  const cy = cytoscape({
    container: document.getElementById('graph'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 'mapData(papers, 1, 20, 16, 46)', height: 'mapData(papers, 1, 20, 16, 46)' } },
      { selector: 'node[kind = "topic"]', style: { 'background-color': '#2a6fb0' } },
      { selector: 'node[kind = "venue"]', style: { 'background-color': '#d9822b', shape: 'round-rectangle' } },
      { selector: 'node[kind = "owner"]', style: { 'background-color': '#3b8c4a', shape: 'diamond' } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733' } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#b9c4cf', 'curve-style': 'bezier', label: 'data(weight)', 'font-size': 9, color: '#5b6673' } },
    ],
  });
  window.papergraphCy = cy;

  const nodeId = (kind, id) => kind + ':' + id;
  function addNode(kind, id, label, papers) {
    const key = nodeId(kind, id);
    if (cy.getElementById(key).empty()) cy.add({ group: 'nodes', data: { id: key, kind, ref: id, label: label || id, papers: papers || 1 } });
    return key;
  }
  function addEdge(a, b, weight) {
    const key = [a, b].sort().join('|');
    if (cy.getElementById(key).empty()) cy.add({ group: 'edges', data: { id: key, source: a, target: b, weight } });
  }

  async function expand(kind, id) {
    const res = await fetch('/api/' + (kind === 'owner' ? 'owners' : kind + 's') + '/' + path(id));
    if (!res.ok) throw new Error(kind + ' ' + id + ': ' + res.status);
    const v = await res.json();
    let centre;
    if (kind === 'topic') {
      centre = addNode('topic', v.id, v.label, v.paperCount);
      for (const c of (v.cooccurring || []).slice(0, NEIGHBOURS)) addEdge(centre, addNode('topic', c.topic.id, c.topic.label, c.count), c.count);
      for (const c of (v.venues || []).slice(0, NEIGHBOURS)) addEdge(centre, addNode('venue', c.venue.id, c.venue.label, c.count), c.count);
    } else if (kind === 'venue') {
      centre = addNode('venue', v.id, v.label, v.paperCount);
      for (const s of (v.topics || []).slice(0, NEIGHBOURS)) addEdge(centre, addNode('topic', s.topic.id, s.topic.label, s.count), s.count);
    } else {
      centre = addNode('owner', v.id, v.accountName || v.id, (v.papers || []).length);
      for (const s of (v.topics || []).slice(0, NEIGHBOURS)) addEdge(centre, addNode('topic', s.topic.id, s.topic.label, s.count), s.count);
      for (const c of (v.venues || []).slice(0, NEIGHBOURS)) addEdge(centre, addNode('venue', c.venue.id, c.venue.label, c.count), c.count);
    }
    cy.getElementById(centre).addClass('expanded');
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 120, nodeOverlap: 40, padding: 30 }).run();
    document.getElementById('graph').dataset.nodes = String(cy.nodes().length);
  }

  cy.on('tap', 'node', (e) => {
    const n = e.target;
    if (!n.hasClass('expanded')) expand(n.data('kind'), n.data('ref')).catch(fail);
  });
  cy.on('dbltap', 'node', (e) => { location.href = '/explore/' + e.target.data('kind') + '/' + path(e.target.data('ref')); });

  function fail(e) {
    const note = document.getElementById('graph-note');
    note.textContent = e.message;
    note.className = 'error';
  }

  async function start() {
    for (const kind of ['topic', 'venue', 'owner']) {
      if (params.get(kind)) return expand(kind, params.get(kind));
    }
    // Nothing chosen: start from the topic with the most papers.
    const top = await (await fetch('/api/topics?limit=1')).json();
    if (top.length === 0) throw new Error('The graph has no topics yet.');
    return expand('topic', top[0].id);
  }
  start().catch(fail);
})();
