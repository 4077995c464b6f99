package org.papergraph.api.sparql;

import org.apache.jena.update.UpdateRequest;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.store.GraphStore;
import org.springframework.stereotype.Service;

/** Runs SPARQL updates, already checked and authorised, in one write transaction. */
@Service
class SparqlUpdateService {
  private final GraphStore store;
  private final SparqlMetrics metrics;
  private final StoreChanges changes;

  SparqlUpdateService(GraphStore store, SparqlMetrics metrics, StoreChanges changes) {
    this.store = store;
    this.metrics = metrics;
    this.changes = changes;
  }

  void execute(UpdateRequest update) {
    metrics.timeUpdate(() -> {
      store.update(update);
      return null;
    });
    changes.awaitViews();
  }
}
