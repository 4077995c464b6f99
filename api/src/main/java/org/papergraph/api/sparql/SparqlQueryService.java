package org.papergraph.api.sparql;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Executes SPARQL queries against the store and writes results in a chosen format. */
@Service
public class SparqlQueryService {
  private final GraphStore store;
  private final SparqlProperties props;

  SparqlQueryService(GraphStore store, SparqlProperties props) {
    this.store = store;
    this.props = props;
  }

  /** Runs {@code query} and writes its result to {@code out} in {@code lang}. */
  public void execute(Query query, Lang lang, OutputStream out) {
    long timeout = props.queryTimeout().toMillis();
    store.query(
        query,
        timeout,
        qe -> {
          write(query, qe, lang, out);
          return null;
        });
  }

  private static void write(Query query, QueryExecution qe, Lang lang, OutputStream out) {
    if (query.isSelectType()) {
      ResultSetMgr.write(out, qe.execSelect(), lang);
    } else if (query.isAskType()) {
      ResultSetMgr.write(out, qe.execAsk(), lang);
    } else if (query.isConstructType() && StreamRDFWriter.registered(lang)) {
      writeStream(qe.execConstructTriples(), lang, out);
    } else {
      Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
      m.setNsPrefixes(Vocabularies.prefixes());
      RDFDataMgr.write(out, m, lang);
    }
  }

  // Streams triples as they are produced, so a large CONSTRUCT is never held in memory.
  private static void writeStream(Iterator<Triple> triples, Lang lang, OutputStream out) {
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, lang);
    writer.start();
    StreamRDFOps.sendPrefixesToStream(Vocabularies.prefixes(), writer);
    triples.forEachRemaining(writer::triple);
    writer.finish();
  }
}
