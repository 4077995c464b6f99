package org.papergraph.api.sparql;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.api.web.UpdateTimedOutException;
import org.papergraph.core.store.GraphStore;
import org.springframework.stereotype.Service;

/** Runs SPARQL updates, already checked and authorised, in one write transaction. */
@Service
class SparqlUpdateService {
  private final GraphStore store;
  private final SparqlMetrics metrics;
  private final StoreChanges changes;
  private final SparqlProperties props;

  SparqlUpdateService(GraphStore store, SparqlMetrics metrics, StoreChanges changes, SparqlProperties props) {
    this.store = store;
    this.metrics = metrics;
    this.changes = changes;
    this.props = props;
  }

  void execute(UpdateRequest update) {
    long timeout = props.updateTimeout().toMillis();
    metrics.timeUpdate(() -> {
      try {
        store.update(update, timeout);
      } catch (QueryCancelledException e) {
        metrics.timeout("update");
        throw new UpdateTimedOutException("the update ran longer than " + timeout + " ms and was stopped; nothing of it was written");
      }
      return null;
    });
    changes.awaitViews();
  }
}
