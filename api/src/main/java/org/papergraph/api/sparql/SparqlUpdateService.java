package org.papergraph.api.sparql;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.api.web.PayloadTooLargeException;
import org.papergraph.api.web.UpdateTimedOutException;
import org.papergraph.core.Iris;
import org.papergraph.core.store.DefaultGraphWrites;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.UpdateTooLargeException;
import org.springframework.stereotype.Service;

/**
 * Runs SPARQL updates, already checked and authorised, in one write transaction. What an update
 * writes to the default graph goes to {@link Iris#defaultGraph()}, a named graph, so that queries,
 * whose default graph is the union of the named graphs, see it.
 */
@Service
class SparqlUpdateService {
  private final GraphStore store;
  private final SparqlMetrics metrics;
  private final StoreChanges changes;
  private final SparqlProperties props;
  private final Iris iris;

  SparqlUpdateService(GraphStore store, SparqlMetrics metrics, StoreChanges changes, SparqlProperties props, Iris iris) {
    this.store = store;
    this.iris = iris;
    this.metrics = metrics;
    this.changes = changes;
    this.props = props;
  }

  void execute(UpdateRequest update) {
    long timeout = props.updateTimeout().toMillis();
    metrics.timeUpdate(() -> {
      try {
        store.update(DefaultGraphWrites.into(iris.defaultGraph(), update), timeout, props.updateMaxQuads());
      } catch (QueryCancelledException e) {
        metrics.timeout("update");
        throw new UpdateTimedOutException("the update ran longer than " + timeout + " ms and was stopped; nothing of it was written");
      } catch (UpdateTooLargeException e) {
        throw new PayloadTooLargeException(e.getMessage() + "; send it as several smaller updates");
      }
      return null;
    });
    changes.awaitViews();
  }
}
