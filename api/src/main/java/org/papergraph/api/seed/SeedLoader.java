package org.papergraph.api.seed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.api.config.ReferenceProperties;
import org.papergraph.api.config.SeedProperties;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.PG;
import org.papergraph.api.ingest.IngestService;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.reference.ReferenceGraphs;
import org.papergraph.ingest.run.IngestReport;
import org.papergraph.core.vocab.Vocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the reference graphs up to date at every start, and loads the seed records into a new,
 * empty store, and never again: the store remembers that it was seeded, so a user who deletes
 * seed papers does not get them back. A store that already holds papers or ingest runs (filled by
 * the command line, restored, or written by another client) is never seeded, so the seeds cannot
 * replace a user's records with the same ids.
 */
@Component
@Order(0)
class SeedLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
  private static final String HOLDS_RECORDS =
      Vocabularies.sparqlPrologue() + "ASK { { ?p a schema:ScholarlyArticle } UNION { ?r a pg:IngestRun } }";

  private final GraphStore store;
  private final Iris iris;
  private final IngestService ingest;
  private final SeedProperties props;
  private final ReferenceGraphs references;
  private final ReferenceProperties referenceProps;

  SeedLoader(
      GraphStore store,
      Iris iris,
      IngestService ingest,
      SeedProperties props,
      ReferenceGraphs references,
      ReferenceProperties referenceProps) {
    this.references = references;
    this.referenceProps = referenceProps;
    this.store = store;
    this.iris = iris;
    this.ingest = ingest;
    this.props = props;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (referenceProps.enabled() && referenceProps.loadOnStart()) {
      List<String> written = references.ensureLoaded(store);
      if (!written.isEmpty()) {
        log.info("Reference graphs written: {}", written);
      }
    }
    if (!props.enabled()) {
      return;
    }
    Graph system = store.getGraph(iris.systemGraph());
    Node self = NodeFactory.createURI(iris.base());
    if (system.contains(self, PG.seedsLoadedAt.asNode(), Node.ANY)) {
      log.info("Store already seeded; seeds not loaded again");
      return;
    }
    if (holdsRecords()) {
      log.info("Store already holds papers or ingest runs; seeds are only loaded into a new, empty store");
      return;
    }
    String name = props.records().getFilename();
    IngestReport report;
    try (InputStream in = props.records().getInputStream()) {
      report = ingest.ingest(Inputs.reader(in), name, RecordFormat.fromFileName(name), r -> {});
    }
    system.add(Triple.create(self, PG.seedsLoadedAt.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
    store.replaceGraph(iris.systemGraph(), system);
    log.info("Seeds loaded from {}: {}", props.records().getDescription(), report.toText().strip());
  }

  /** True when any graph holds a paper or an ingest run; reference graphs hold neither. */
  private boolean holdsRecords() {
    return store.query(QueryFactory.create(HOLDS_RECORDS), qe -> qe.execAsk());
  }
}
