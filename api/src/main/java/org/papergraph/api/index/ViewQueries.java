package org.papergraph.api.index;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.papergraph.api.config.RestProperties;
import org.papergraph.core.store.GraphStore;
import org.springframework.stereotype.Component;

/**
 * The store queries behind the REST views, each stopped after {@code papergraph.rest.query-timeout}:
 * a view that has grown past it fails with Jena's {@code QueryCancelledException} (a 503) instead
 * of holding a request thread and a read transaction for as long as it takes.
 */
@Component
public class ViewQueries {
  private final GraphStore store;
  private final long timeoutMillis;

  public ViewQueries(GraphStore store, RestProperties props) {
    this.store = store;
    this.timeoutMillis = props.queryTimeout().toMillis();
  }

  /** Runs a query in a read transaction; {@code handler} must consume the results before it returns. */
  public <T> T query(Query query, Function<QueryExecution, T> handler) {
    return store.query(query, timeoutMillis, handler);
  }

  /** Runs a SELECT and hands each row to {@code each}, inside the read transaction. */
  public void forEach(Query query, Consumer<QuerySolution> each) {
    query(query, qe -> {
      qe.execSelect().forEachRemaining(each);
      return null;
    });
  }

  /**
   * Runs a SELECT with no time limit, for work that runs on a thread of its own, off every request
   * (the paper index build): it must finish however large the store has grown, and no request
   * thread is held while it runs.
   */
  public void forEachInBackground(Query query, Consumer<QuerySolution> each) {
    store.query(query, 0, qe -> {
      qe.execSelect().forEachRemaining(each);
      return null;
    });
  }

  /** Runs a SELECT whose text has {@code ?name} bound to the IRI {@code iri}. */
  public void forEach(String text, String name, String iri, Consumer<QuerySolution> each) {
    ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
    pss.setIri(name, iri);
    forEach(pss.asQuery(), each);
  }
}
