package org.papergraph.ingest.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.papergraph.core.Iris;
import org.papergraph.core.Software;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicScheme;
import org.papergraph.ingest.extract.topic.TopicSchemeWriter;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.map.VenueGraph;
import org.papergraph.ingest.record.Inputs;

/**
 * Loads the reference data (taxonomies, registries) into the store, each as a graph of its
 * own, so that SPARQL sees the same facts the extractors use.
 *
 * <p>Reference graphs belong to the software, not to the store: each carries the version that
 * wrote it ({@code owl:versionInfo} on the graph's IRI), and a different version rewrites it
 * whole. An unchanged one is left alone, so a restart costs one lookup per graph.
 */
public final class ReferenceGraphs {
  private final Iris iris;
  private final Map<String, Consumer<StreamRDF>> writers = new LinkedHashMap<>();

  public ReferenceGraphs(SeedFiles seeds, Iris iris) {
    this.iris = iris;
    writers.put(ArxivTaxonomy.GRAPH_NAME, out -> {
      try (InputStream in = seeds.open("reference/arxiv-taxonomy/arxiv-taxonomy.tsv");
          BufferedReader reader = Inputs.reader(in)) {
        ArxivTaxonomy.write(iris, reader, out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the arXiv taxonomy from " + seeds.describe(), e);
      }
    });
  }

  /** Adds the venue registry's graph. */
  public ReferenceGraphs withVenues(VenueRegistry registry) {
    writers.put(VenueGraph.REFERENCE_GRAPH, out -> new VenueGraph(iris).writeRegistry(registry, out));
    return this;
  }

  /** Adds the topic schemes' graphs (CSO, Papers with Code methods and tasks, Papergraph's vocabulary). */
  public ReferenceGraphs withTopics(TopicReference topics) {
    TopicSchemeWriter writer = new TopicSchemeWriter(iris);
    for (TopicScheme scheme : topics.schemes()) {
      writers.put(scheme.name(), out -> writer.write(scheme, out));
    }
    return this;
  }

  /** Adds a reference graph written by {@code writer}. */
  public ReferenceGraphs with(String name, Consumer<StreamRDF> writer) {
    writers.put(name, writer);
    return this;
  }

  /**
   * Writes every reference graph the store lacks, or holds from another software version.
   *
   * @return the IRIs of the graphs written
   */
  public List<String> ensureLoaded(GraphStore store) {
    List<String> loaded = new ArrayList<>();
    Node version = NodeFactory.createLiteralString(Software.version());
    for (Map.Entry<String, Consumer<StreamRDF>> e : writers.entrySet()) {
      String name = iris.referenceGraph(e.getKey());
      Node graphNode = NodeFactory.createURI(name);
      ParameterizedSparqlString ask = new ParameterizedSparqlString("ASK { GRAPH ?g { ?g ?versionInfo ?v } }");
      ask.setIri("g", name);
      ask.setIri("versionInfo", OWL.versionInfo.getURI());
      ask.setLiteral("v", Software.version());
      if (store.query(ask.asQuery(), qe -> qe.execAsk())) {
        continue;
      }
      Graph g = GraphFactory.createDefaultGraph();
      e.getValue().accept(StreamRDFLib.graph(g));
      g.add(Triple.create(graphNode, OWL.versionInfo.asNode(), version));
      store.replaceGraph(name, g);
      loaded.add(name);
    }
    return loaded;
  }
}
