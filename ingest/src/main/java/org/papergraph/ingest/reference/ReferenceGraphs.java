package org.papergraph.ingest.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.record.Inputs;

/**
 * Loads the reference data (taxonomies, registries) into the store, each as a graph of its
 * own, so that SPARQL sees the same facts the extractors use.
 */
public final class ReferenceGraphs {
  private final SeedFiles seeds;
  private final Iris iris;

  public ReferenceGraphs(SeedFiles seeds, Iris iris) {
    this.seeds = seeds;
    this.iris = iris;
  }

  /**
   * Loads every reference graph the store does not hold yet.
   *
   * @return the names of the graphs loaded
   */
  public List<String> ensureLoaded(GraphStore store) {
    List<String> loaded = new ArrayList<>();
    String taxonomy = iris.referenceGraph(ArxivTaxonomy.GRAPH_NAME);
    if (!store.containsGraph(taxonomy)) {
      Graph g = GraphFactory.createDefaultGraph();
      try (InputStream in = seeds.open("reference/arxiv-taxonomy/arxiv-taxonomy.tsv");
          BufferedReader reader = Inputs.reader(in)) {
        ArxivTaxonomy.write(iris, reader, StreamRDFLib.graph(g));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the arXiv taxonomy from " + seeds.describe(), e);
      }
      store.replaceGraph(taxonomy, g);
      loaded.add(taxonomy);
    }
    return loaded;
  }
}
