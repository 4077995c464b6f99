package org.papergraph.ingest.extract.topic;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;

/**
 * Writes a topic scheme as SKOS, concept by concept, to a {@link StreamRDF}: the scheme with its
 * licence, source and credit, and every concept with its labels, hierarchy and matches. This is
 * the content of the reference graph {@code graph/reference/{scheme name}}.
 */
public final class TopicSchemeWriter {
  private static final String SKOS = Vocabularies.SKOS;
  private static final String DCT = Vocabularies.DCTERMS;

  private final Iris iris;

  public TopicSchemeWriter(Iris iris) {
    this.iris = iris;
  }

  /** Emits the scheme's triples; does not call start or finish. */
  public void write(TopicScheme scheme, StreamRDF out) {
    Node s = uri(iris.topicScheme(scheme.name()));
    emit(out, s, RDF.type.asNode(), uri(SKOS + "ConceptScheme"));
    emit(out, s, uri(DCT + "title"), NodeFactory.createLiteralLang(scheme.title(), "en"));
    emit(out, s, uri(DCT + "license"), uri(scheme.licence()));
    emit(out, s, uri(DCT + "source"), uri(scheme.source()));
    emit(out, s, uri(DCT + "bibliographicCitation"), NodeFactory.createLiteralLang(scheme.credit(), "en"));
    Set<String> inScheme = new HashSet<>();
    scheme.concepts().forEach(c -> inScheme.add(c.slug()));
    for (TopicConcept c : scheme.concepts()) {
      Node n = uri(iris.topic(c.slug()));
      emit(out, n, RDF.type.asNode(), uri(SKOS + "Concept"));
      emit(out, n, uri(SKOS + "inScheme"), s);
      emit(out, n, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(c.prefLabel(), "en"));
      for (String alt : c.altLabels()) {
        emit(out, n, uri(SKOS + "altLabel"), NodeFactory.createLiteralLang(alt, "en"));
      }
      boolean top = true;
      for (String b : c.broader()) {
        emit(out, n, uri(SKOS + "broader"), uri(iris.topic(b)));
        top &= !inScheme.contains(b);
      }
      if (top) {
        emit(out, n, uri(SKOS + "topConceptOf"), s);
        emit(out, s, uri(SKOS + "hasTopConcept"), n);
      }
      for (String r : c.related()) {
        emit(out, n, uri(SKOS + "related"), uri(iris.topic(r)));
      }
      emit(out, n, uri(SKOS + "exactMatch"), uri(c.sourceIri()));
      for (String m : c.closeMatches()) {
        emit(out, n, uri(SKOS + "closeMatch"), uri(m));
      }
    }
  }

  /** The scheme as a graph, for a store that takes whole graphs. */
  public Graph graph(TopicScheme scheme) {
    Graph g = GraphFactory.createDefaultGraph();
    write(scheme, StreamRDFLib.graph(g));
    return g;
  }

  /** Puts each scheme into its reference graph, replacing what was there. */
  public void load(GraphStore store, Iterable<TopicScheme> schemes) {
    Map<String, Graph> graphs = new LinkedHashMap<>();
    for (TopicScheme scheme : schemes) {
      graphs.put(iris.referenceGraph(scheme.name()), graph(scheme));
    }
    store.replaceGraphs(graphs);
  }

  private static void emit(StreamRDF out, Node s, Node p, Node o) {
    out.triple(Triple.create(s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
