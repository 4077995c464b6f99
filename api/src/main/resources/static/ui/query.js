// The SPARQL page: YASGUI against this service's /sparql, with the graph's own prefixes for
// completion (no look-up on prefix.cc or LOV: the page must work without internet), example
// queries, a chart of the last result and downloads of it.
(function () {
  const PREFIXES = {
    pg: 'https://w3id.org/papergraph/ns#',
    dcterms: 'http://purl.org/dc/terms/',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    schema: 'https://schema.org/',
    bibo: 'http://purl.org/ontology/bibo/',
    fabio: 'http://purl.org/spar/fabio/',
    foaf: 'http://xmlns.com/foaf/0.1/',
    prov: 'http://www.w3.org/ns/prov#',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    owl: 'http://www.w3.org/2002/07/owl#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    void: 'http://rdfs.org/ns/void#',
  };
  const head = (...names) => names.map((n) => 'PREFIX ' + n + ': <' + PREFIXES[n] + '>').join('\n') + '\n';

  const EXAMPLES = [
    ['Topic counts', head('dcterms', 'skos') +
      'SELECT ?label (COUNT(DISTINCT ?paper) AS ?papers) ?topic WHERE {\n' +
      '  ?paper dcterms:subject ?topic .\n  ?topic skos:prefLabel ?label .\n' +
      '} GROUP BY ?topic ?label\nORDER BY DESC(?papers) ?label\nLIMIT 20'],
    ['Venue × topic', head('dcterms', 'skos', 'schema', 'bibo') +
      'SELECT ?venue ?topic (COUNT(DISTINCT ?paper) AS ?papers) WHERE {\n' +
      '  ?paper bibo:presentedAt/schema:superEvent ?series ;\n         dcterms:subject ?t .\n' +
      '  ?series skos:prefLabel ?venue .\n  ?t skos:prefLabel ?topic .\n' +
      '} GROUP BY ?venue ?topic\nORDER BY DESC(?papers) ?venue ?topic\nLIMIT 50'],
    ["A lab's profile", head('dcterms', 'skos', 'pg', 'foaf') +
      '# The topics of the papers whose code is under one GitHub owner.\n' +
      'SELECT ?topic (COUNT(DISTINCT ?paper) AS ?papers) WHERE {\n' +
      '  ?paper pg:hasRepository ?repo ;\n         dcterms:subject ?t .\n' +
      '  ?repo pg:owner ?lab .\n  ?lab foaf:accountName "VITA-Group" .\n' +
      '  ?t skos:prefLabel ?topic .\n} GROUP BY ?topic\nORDER BY DESC(?papers) ?topic'],
    ['Topic co-occurrence', head('dcterms', 'skos') +
      'SELECT ?a ?b (COUNT(DISTINCT ?paper) AS ?papers) WHERE {\n' +
      '  ?paper dcterms:subject ?ta, ?tb .\n  FILTER (STR(?ta) < STR(?tb))\n' +
      '  ?ta skos:prefLabel ?a .\n  ?tb skos:prefLabel ?b .\n' +
      '} GROUP BY ?a ?b\nORDER BY DESC(?papers) ?a ?b\nLIMIT 30'],
  ];

  const Yasqe = Yasgui.Yasqe;
  // Completion of prefix declarations from the list above instead of prefix.cc.
  Yasqe.forkAutocompleter('prefixes', {
    name: 'localPrefixes',
    persistenceId: null,
    get: () => Object.entries(PREFIXES).map(([p, iri]) => p + ': <' + iri + '>'),
  }, false);
  Yasqe.defaults.autocompleters = ['localPrefixes', 'variables'];

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: '/sparql', method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: '/sparql' }] },
    persistenceId: null,
    yasqe: { value: EXAMPLES[0][1] },
  });
  window.papergraphYasgui = yasgui;

  const box = document.getElementById('examples');
  for (const [title, query] of EXAMPLES) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = title;
    b.addEventListener('click', () => {
      const yasqe = yasgui.getTab().getYasqe();
      yasqe.setValue(query);
      yasqe.query();
    });
    box.append(b);
  }

  let last = null;
  let chart = null;
  // The tab announces the response before its result view has read it; look after that.
  yasgui.on('queryResponse', (_y, tab) => setTimeout(() => showResults(tab), 0));
  function showResults(tab) {
    const results = tab.getYasr().results;
    if (!results || !results.getVariables) return;
    last = { vars: results.getVariables(), rows: results.getBindings() || [] };
    document.getElementById('download-csv').disabled = false;
    document.getElementById('download-json').disabled = false;
    draw();
  }

  const isNumber = (b) => b && b.type === 'literal' && b.datatype && /XMLSchema#(integer|decimal|double|float|long|int)$/.test(b.datatype);

  // A bar chart of the first number column against the first other literal column.
  function draw() {
    const note = document.getElementById('chart-note');
    if (chart) { chart.destroy(); chart = null; }
    const { vars, rows } = last;
    const numeric = vars.find((v) => rows.length > 0 && rows.every((r) => isNumber(r[v])));
    const labels = vars.filter((v) => v !== numeric && rows.some((r) => r[v]));
    if (!numeric || labels.length === 0) {
      note.textContent = 'No chart: the result has no number column next to a label column.';
      return;
    }
    const shown = rows.slice(0, 40);
    note.textContent = '?' + numeric + ' by ' + labels.slice(0, 2).map((v) => '?' + v).join(' × ') +
      (rows.length > shown.length ? ' (first ' + shown.length + ' of ' + rows.length + ' rows)' : '');
    chart = new Chart(document.getElementById('chart'), {
      type: 'bar',
      data: {
        labels: shown.map((r) => labels.slice(0, 2).map((v) => (r[v] ? r[v].value : '')).join(' × ')),
        datasets: [{ label: numeric, data: shown.map((r) => Number(r[numeric].value)), backgroundColor: '#2a6fb0' }],
      },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } },
    });
  }

  function save(name, type, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
  }
  const csvCell = (b) => {
    const s = b ? b.value : '';
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  document.getElementById('download-csv').addEventListener('click', () => {
    const lines = [last.vars.join(',')].concat(last.rows.map((r) => last.vars.map((v) => csvCell(r[v])).join(',')));
    save('results.csv', 'text/csv', lines.join('\r\n') + '\r\n');
  });
  document.getElementById('download-json').addEventListener('click', () => {
    save('results.json', 'application/sparql-results+json',
      JSON.stringify({ head: { vars: last.vars }, results: { bindings: last.rows } }, null, 2));
  });
})();
