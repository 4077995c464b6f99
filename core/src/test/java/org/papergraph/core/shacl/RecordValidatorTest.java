package org.papergraph.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordValidatorTest {
  static final String BASE = "http://localhost:8080/";
  static final Node PAPER = NodeFactory.createURI(BASE + "id/paper/2211.08332");
  static final RecordValidator VALIDATOR = RecordValidator.standard();

  static Graph goodPaper() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.source(RecordValidatorTest.class.getResourceAsStream("good-paper.trig")).lang(org.apache.jena.riot.Lang.TRIG).parse(dsg);
    Graph copy = GraphFactory.createDefaultGraph();
    dsg.getGraph(NodeFactory.createURI(BASE + "graph/paper/2211.08332")).find().forEach(copy::add);
    return copy;
  }

  @Test
  void aCompleteRecordGraphConforms() {
    Graph g = goodPaper();
    assertThat(g.size()).isGreaterThan(30);
    assertThat(VALIDATOR.validate(g, null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://purl.org/dc/terms/created | date | 1985-03-01 | dcterms:created | 1991-08-01",
        "http://purl.org/spar/fabio/hasArXivId | string | 2211.08332v2 | fabio:hasArXivId | arXiv id",
        "http://prismstandard.org/namespaces/basic/2.0/doi | string | 10.1109 bad | prism:doi | DOI",
        "https://schema.org/sameAs | string | https://arxiv.org/abs/2211.08332 | schema:sameAs | IRI",
      })
  void aBadValueIsAViolationOnItsPath(String property, String type, String lexical, String path, String messagePart) {
    Graph g = goodPaper();
    Node p = NodeFactory.createURI(property);
    if (!property.endsWith("sameAs")) {
      g.remove(PAPER, p, Node.ANY);
    }
    Node o = type.equals("date") ? NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate) : NodeFactory.createLiteralString(lexical);
    g.add(Triple.create(PAPER, p, o));

    List<Violation> violations = VALIDATOR.validate(g, "http://localhost:8080/graph/paper/2211.08332");
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.focusNode()).isEqualTo("<" + PAPER.getURI() + ">");
      assertThat(v.path()).isEqualTo(path);
      assertThat(v.toText()).startsWith("in <http://localhost:8080/graph/paper/2211.08332> ").contains(messagePart);
    });
  }

  @Test
  void missingRequiredValuesAreViolations() {
    Graph g = goodPaper();
    g.remove(PAPER, NodeFactory.createURI("http://purl.org/dc/terms/abstract"), Node.ANY);
    g.remove(Node.ANY, NodeFactory.createURI("https://w3id.org/papergraph/ns#score"), Node.ANY);
    g.remove(Node.ANY, NodeFactory.createURI("https://w3id.org/papergraph/ns#year"), Node.ANY);
    g.remove(Node.ANY, NodeFactory.createURI("https://schema.org/codeRepository"), Node.ANY);
    g.remove(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), Node.ANY);
    assertThat(VALIDATOR.validate(g, null))
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("dcterms:abstract", "pg:score", "pg:year", "schema:codeRepository", "prov:wasGeneratedBy");
  }

  @Test
  void aVenueClaimMustStateAKnownStatus() {
    Graph g = goodPaper();
    Node claim = NodeFactory.createURI(PAPER.getURI() + "#venue-claim-1");
    Node status = NodeFactory.createURI("https://w3id.org/papergraph/ns#venueStatus");
    g.remove(claim, status, Node.ANY);
    g.add(Triple.create(claim, status, NodeFactory.createURI("https://w3id.org/papergraph/ns#Rumoured")));
    assertThat(VALIDATOR.validate(g, null)).singleElement().satisfies(v -> assertThat(v.message()).contains("status"));
  }
}
