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
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;

/**
 * Writes a topic scheme as SKOS, concept by concept, to a {@link StreamRDF}: the scheme with its
 * licence, source and credit, and every concept with its labels, hierarchy and matches. This is
 * the content of the reference graph {@code graph/reference/{scheme name}}.
 */
public final class TopicSchemeWriter {

  private final Iris iris;

  public TopicSchemeWriter(Iris iris) {
    this.iris = iris;
  }

  /** Emits the scheme's triples; does not call start or finish. */
  public void write(TopicScheme scheme, StreamRDF out) {
    Node s = uri(iris.topicScheme(scheme.name()));
    emit(out, s, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
    emit(out, s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(scheme.title(), "en"));
    emit(out, s, DCTerms.license.asNode(), uri(scheme.licence()));
    emit(out, s, DCTerms.source.asNode(), uri(scheme.source()));
    emit(out, s, DCTerms.bibliographicCitation.asNode(), NodeFactory.createLiteralLang(scheme.credit(), "en"));
    Set<String> inScheme = new HashSet<>();
    scheme.concepts().forEach(c -> inScheme.add(c.slug()));
    for (TopicConcept c : scheme.concepts()) {
      Node n = uri(iris.topic(c.slug()));
      emit(out, n, RDF.type.asNode(), SKOS.Concept.asNode());
      emit(out, n, SKOS.inScheme.asNode(), s);
      emit(out, n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(c.prefLabel(), "en"));
      for (String alt : c.altLabels()) {
        emit(out, n, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alt, "en"));
      }
      boolean top = true;
      for (String b : c.broader()) {
        emit(out, n, SKOS.broader.asNode(), uri(iris.topic(b)));
        top &= !inScheme.contains(b);
      }
      if (top) {
        emit(out, n, SKOS.topConceptOf.asNode(), s);
        emit(out, s, SKOS.hasTopConcept.asNode(), n);
      }
      for (String r : c.related()) {
        emit(out, n, SKOS.related.asNode(), uri(iris.topic(r)));
      }
      emit(out, n, SKOS.exactMatch.asNode(), uri(c.sourceIri()));
      for (String m : c.closeMatches()) {
        emit(out, n, SKOS.closeMatch.asNode(), uri(m));
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
