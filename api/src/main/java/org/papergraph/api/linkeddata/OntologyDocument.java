package org.papergraph.api.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * The document the project's own vocabulary is served as (core's papergraph.ttl, read once), and
 * the JSON-LD context derived from it and the standard prefixes. Not to be confused with
 * {@link Vocabularies}, the namespaces and prefixes of every vocabulary the graph uses.
 */
@Component
class OntologyDocument {
  /** The ontology's own IRI: the namespace without its '#'. */
  static final String ONTOLOGY = PG.NS.substring(0, PG.NS.length() - 1);

  private final Graph graph;
  private final Map<String, Object> context;

  OntologyDocument() {
    Model m = ModelFactory.createDefaultModel();
    try (InputStream in = PG.class.getResourceAsStream("papergraph.ttl")) {
      if (in == null) {
        throw new IllegalStateException("papergraph.ttl is missing from the core module");
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.graph = m.getGraph();
    this.context = buildContext(m);
  }

  Graph graph() {
    return graph;
  }

  Node ontology() {
    return NodeFactory.createURI(ONTOLOGY);
  }

  /** The JSON-LD {@code @context} document. */
  Map<String, Object> context() {
    return context;
  }

  // Prefixes for compact IRIs, and one entry per pg: property: object properties take IRIs,
  // datatype properties their declared XSD range.
  private static Map<String, Object> buildContext(Model m) {
    Map<String, Object> ctx = new LinkedHashMap<>(Vocabularies.prefixes().getNsPrefixMap());
    Map<String, Object> terms = new TreeMap<>();
    m.listSubjects()
        .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(PG.NS))
        .forEach(
            term -> {
              String name = term.getLocalName();
              if (term.hasProperty(RDF.type, OWL.ObjectProperty)) {
                terms.put(name, Map.of("@id", "pg:" + name, "@type", "@id"));
              } else if (term.hasProperty(RDF.type, OWL.DatatypeProperty) && term.hasProperty(RDFS.range)) {
                Resource range = term.getPropertyResourceValue(RDFS.range);
                terms.put(name, Map.of("@id", "pg:" + name, "@type", range.getURI()));
              } else {
                terms.put(name, "pg:" + name);
              }
            });
    ctx.putAll(terms);
    return Map.of("@context", ctx);
  }
}
