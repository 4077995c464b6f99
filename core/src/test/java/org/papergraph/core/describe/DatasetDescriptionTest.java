package org.papergraph.core.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.junit.jupiter.api.Test;

class DatasetDescriptionTest {
  static final String PREFIXES =
      "PREFIX schema: <https://schema.org/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX pg: <https://w3id.org/papergraph/ns#>\n"
          + "BASE <http://localhost:8080/>\n";

  static Graph turtle(String body) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(PREFIXES + body)).lang(Lang.TURTLE).parse(g);
    return g;
  }

  @Test
  void countsTriplesEntitiesClassesPropertiesAndLinksets() {
    Iris iris = Iris.defaults();
    try (GraphStore store = GraphStores.memory()) {
      current = store;
      store.replaceGraphs(Map.of(
          iris.paperGraph("1"), turtle(
              "<id/paper/1> a schema:ScholarlyArticle ; schema:sameAs <https://arxiv.org/abs/1>, <https://doi.org/10.1/x> ;"
                  + " pg:hasRepository <id/repo/github/a/b> ."
                  + "<id/repo/github/a/b> a schema:SoftwareSourceCode ; schema:codeRepository <https://github.com/a/b> ."),
          iris.paperGraph("2"), turtle("<id/paper/2> a schema:ScholarlyArticle ; schema:sameAs <https://arxiv.org/abs/2> ."),
          "http://localhost:8080/graph/reference/x", turtle(
              "<id/topic/t> a skos:Concept ; skos:exactMatch <https://cso.kmi.open.ac.uk/topics/t> ."
                  + "<id/venue/v> a schema:EventSeries ; owl:sameAs <http://www.wikidata.org/entity/Q1>, <https://dblp.org/streams/conf/v> .")));

      DatasetDescription description = new DatasetDescription(store, iris);
      description.refresh();
      // A second refresh must not count the first description.
      description.refresh();
      assertThat(store.containsGraph(iris.voidGraph())).isTrue();

      assertThat(value("?d void:triples ?n")).isEqualTo("13");
      assertThat(value("?d void:entities ?n")).isEqualTo("5");
      assertThat(value("?d void:classes ?n")).isEqualTo("4");
      assertThat(value("?d void:properties ?n")).isEqualTo("6");
      assertThat(value("?d void:classPartition [ void:class schema:ScholarlyArticle ; void:entities ?n ]")).isEqualTo("2");
      assertThat(value("?d void:propertyPartition [ void:property schema:sameAs ; void:triples ?n ]")).isEqualTo("3");
      assertThat(linkset("https://arxiv.org/", "schema:sameAs")).isEqualTo("2");
      assertThat(linkset("https://doi.org/", "schema:sameAs")).isEqualTo("1");
      assertThat(linkset("https://github.com/", "schema:codeRepository")).isEqualTo("1");
      assertThat(linkset("https://cso.kmi.open.ac.uk/", "skos:exactMatch")).isEqualTo("1");
      assertThat(linkset("https://www.wikidata.org/", "owl:sameAs")).isEqualTo("1");
      assertThat(linkset("https://dblp.org/", "owl:sameAs")).isEqualTo("1");
    }
  }

  private GraphStore current;

  private String linkset(String target, String predicate) {
    return value("?ls a void:Linkset ; void:subjectsTarget ?d ; void:objectsTarget <" + target + "> ; void:linkPredicate "
        + predicate + " ; void:triples ?n");
  }

  /** The ?n that the pattern binds in the stored description of the Papergraph dataset. */
  private String value(String pattern) {
    Iris iris = Iris.defaults();
    String q = PREFIXES + "PREFIX void: <http://rdfs.org/ns/void#>\n"
        + "SELECT ?n WHERE { GRAPH <" + iris.voidGraph() + "> { VALUES ?d { <" + iris.voidDataset() + "> } " + pattern + " } }";
    return current.query(QueryFactory.create(q), qe -> {
      var rs = qe.execSelect();
      String n = rs.hasNext() ? rs.next().getLiteral("n").getLexicalForm() : null;
      assertThat(rs.hasNext()).as("one answer to %s", pattern).isFalse();
      return n;
    });
  }
}
