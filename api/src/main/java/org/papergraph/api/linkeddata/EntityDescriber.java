package org.papergraph.api.linkeddata;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.api.config.LinkedDataProperties;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.core.store.GraphStore;
import org.springframework.stereotype.Service;

/**
 * What an entity page says: the entity's own statements, those of the nodes that belong to it
 * (blank nodes and {@code IRI#fragment} nodes such as claims and assignments), and the statements
 * of others that point to it, the last cut at the configured number.
 */
@Service
class EntityDescriber {
  private static final String OWN =
      """
      CONSTRUCT { ?s ?p ?o } WHERE {
        { ?e ?p ?o BIND(?e AS ?s) }
        UNION { ?e ?x ?s FILTER(isBlank(?s) || STRSTARTS(STR(?s), ?frag)) ?s ?p ?o }
        UNION { ?s ?x ?e FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?frag)) ?s ?p ?o }
      }""";
  private static final String INCOMING =
      """
      CONSTRUCT { ?s ?p ?e } WHERE {
        ?s ?p ?e FILTER(!isIRI(?s) || !STRSTARTS(STR(?s), ?frag))
      }""";

  private final GraphStore store;
  private final long timeoutMillis;
  private final int maxIncoming;

  EntityDescriber(GraphStore store, SparqlProperties sparql, LinkedDataProperties props) {
    this.store = store;
    this.timeoutMillis = sparql.queryTimeout().toMillis();
    this.maxIncoming = props.maxTriples();
  }

  /** The description, or null when the store says nothing about {@code iri}. */
  Description describe(String iri) {
    Graph graph = GraphFactory.createDefaultGraph();
    construct(query(OWN, iri, -1), graph);
    if (graph.isEmpty()) {
      return null;
    }
    Graph incoming = GraphFactory.createDefaultGraph();
    construct(query(INCOMING, iri, maxIncoming + 1), incoming);
    boolean cut = incoming.size() > maxIncoming;
    Iterator<Triple> it = incoming.find();
    for (int i = 0; i < maxIncoming && it.hasNext(); i++) {
      graph.add(it.next());
    }
    return new Description(graph, cut);
  }

  private static Query query(String template, String iri, int limit) {
    ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
    pss.setIri("e", iri);
    pss.setLiteral("frag", iri + "#");
    Query query = pss.asQuery();
    if (limit >= 0) {
      query.setLimit(limit);
    }
    return query;
  }

  private void construct(Query query, Graph into) {
    store.query(query, timeoutMillis, qe -> {
      qe.execConstructTriples().forEachRemaining(into::add);
      return null;
    });
  }

  /**
   * @param incomingCut whether more statements point to the entity than are included
   */
  record Description(Graph graph, boolean incomingCut) {}
}
