package org.papergraph.api.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.api.web.ResponseAbortedException;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Executes SPARQL queries against the store and streams their results in a chosen format. A
 * failure before the first byte is sent becomes a problem response; one after it breaks the
 * connection, so that a cut-off result never looks complete.
 */
@Service
public class SparqlQueryService {
  private static final Logger log = LoggerFactory.getLogger(SparqlQueryService.class);

  /** Says whether a response came from the result cache ("hit") or was computed ("miss"). */
  static final String CACHE_HEADER = "X-Papergraph-Cache";

  private final GraphStore store;
  private final SparqlProperties props;
  private final SparqlMetrics metrics;
  private final SparqlResultCache cache;

  SparqlQueryService(GraphStore store, SparqlProperties props, SparqlMetrics metrics, SparqlResultCache cache) {
    this.store = store;
    this.props = props;
    this.metrics = metrics;
    this.cache = cache;
  }

  /**
   * Runs {@code query} and writes its result to the response in {@code lang}.
   *
   * @param requestedSeconds the client's own time limit, or 0; the configured limit caps it
   */
  void execute(Query query, Lang lang, double requestedSeconds, HttpServletResponse response) throws IOException {
    long timeout = timeoutMillis(requestedSeconds);
    RdfResponses.prepare(response, lang);
    SparqlResultCache.Lookup lookup = cache.lookup(query, lang);
    byte[] cached = lookup == null ? null : lookup.hit();
    if (cached != null) {
      metrics.cacheHit();
      response.setHeader(CACHE_HEADER, "hit");
      response.setContentLength(cached.length);
      response.getOutputStream().write(cached);
      return;
    }
    if (lookup != null) {
      response.setHeader(CACHE_HEADER, "miss");
    }
    try {
      OutputStream sink = response.getOutputStream();
      // Writers flush after the header; ignoring that keeps the response uncommitted until the
      // container's buffer fills, so an early failure can still become a proper error response.
      OutputStream out =
          new FilterOutputStream(sink) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              sink.write(b, off, len);
            }

            @Override
            public void flush() {}
          };
      SparqlResultCache.Recording recording = lookup == null ? null : lookup.record(out);
      OutputStream target = recording == null ? out : recording;
      metrics.timeQuery(() -> store.query(query, timeout, qe -> {
        write(query, qe, lang, target);
        return null;
      }));
      sink.flush();
      if (recording != null) {
        recording.store();
      }
    } catch (QueryCancelledException e) {
      metrics.timeout("query");
      failMidStream(response, "the query timed out after " + timeout + " ms");
      throw e;
    } catch (RuntimeException e) {
      failMidStream(response, "the query failed: " + e.getMessage());
      throw e;
    }
  }

  /** Runs {@code query} with the configured limit and writes its result to {@code out}. */
  public void execute(Query query, Lang lang, OutputStream out) {
    store.query(query, timeoutMillis(0), qe -> {
      write(query, qe, lang, out);
      return null;
    });
  }

  private long timeoutMillis(double requestedSeconds) {
    long configured = props.queryTimeout().toMillis();
    long requested = (long) Math.ceil(requestedSeconds * 1000);
    if (requested <= 0) {
      return configured;
    }
    return configured <= 0 ? requested : Math.min(requested, configured);
  }

  // Before anything was sent, the buffer is dropped and the caller's exception becomes a problem
  // response; after, the connection is aborted.
  private static void failMidStream(HttpServletResponse response, String reason) {
    if (response.isCommitted()) {
      log.warn("Aborting a response already sent in part: {}", reason);
      throw new ResponseAbortedException(reason + "; the response was cut off");
    }
    response.reset();
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
