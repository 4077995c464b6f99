package org.papergraph.api;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.store.GraphStore;

/**
 * Adds topics and venues for the seed papers (test resource {@code topics-venues.trig}) to a
 * store holding the seeds: each named graph of the file is merged into the store's graph of the
 * same name, so record graphs keep what ingest wrote. Merging twice changes nothing.
 */
public final class TopicsVenuesFixture {
  private static final java.util.Set<GraphStore> LOADED =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private TopicsVenuesFixture() {}

  public static void load(GraphStore store, StoreChanges changes) {
    // Once per store: the application context, and so the store, is shared by the test classes.
    if (!LOADED.add(store)) {
      return;
    }
    DatasetGraph fixture = RDFDataMgr.loadDatasetGraph("org/papergraph/api/topics-venues.trig");
    Map<String, Graph> merged = new HashMap<>();
    Iterator<Node> names = fixture.listGraphNodes();
    while (names.hasNext()) {
      Node name = names.next();
      Graph g = store.getGraph(name.getURI());
      fixture.getGraph(name).find().forEach(g::add);
      merged.put(name.getURI(), g);
    }
    store.replaceGraphs(merged);
    changes.awaitViews();
  }
}
