package org.papergraph.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.extract.venue.VenueClaim;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.extract.venue.VenueSeries;

class VenueGraphTest {
  private static final Iris IRIS = Iris.defaults();
  private static VenueRegistry registry;
  private static Graph reference;

  @BeforeAll
  static void load() {
    registry = VenueRegistry.load(Path.of("..", "seeds", "reference"));
    reference = new VenueGraph(IRIS).registryGraph(registry);
  }

  @Test
  void referenceGraphHasTheSeriesWithNamesRanksAndDblp() {
    Node neurips = uri(IRIS.venue("neurips"));
    assertThat(reference.contains(neurips, RDF.type.asNode(), uri(Vocabularies.SCHEMA + "EventSeries"))).isTrue();
    assertThat(reference.contains(neurips, uri(Vocabularies.SKOS + "prefLabel"), lit("NeurIPS"))).isTrue();
    assertThat(reference.contains(neurips, uri(Vocabularies.SKOS + "altLabel"), lit("NIPS"))).isTrue();
    assertThat(reference.contains(neurips, uri(Vocabularies.SCHEMA + "name"), lit("Conference on Neural Information Processing Systems"))).isTrue();
    assertThat(reference.contains(neurips, PG.ccfRank.asNode(), lit("A"))).isTrue();
    assertThat(reference.contains(neurips, PG.dblpKey.asNode(), lit("conf/nips"))).isTrue();
    assertThat(reference.contains(neurips, RDFS.seeAlso.asNode(), uri("https://dblp.org/streams/conf/nips"))).isTrue();
    assertThat(reference.contains(neurips, uri(Vocabularies.DCTERMS + "source"), lit("ccf-deadlines (ccfddl/ccf-deadlines, MIT); ranks: ccf, core, thcpl"))).isTrue();
    assertThat(reference.contains(neurips, uri(Vocabularies.DCTERMS + "source"), lit("CCFrank4dblp (WenyanLiu/CCFrank4dblp, MIT)"))).isTrue();
    Node lrec = uri(IRIS.venue("lrec"));
    assertThat(reference.find(lrec, uri(Vocabularies.DCTERMS + "source"), Node.ANY).toList())
        .singleElement()
        .satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).startsWith("papergraph-venues (seeds/reference/papergraph-venues/venues.tsv); row source: dblp conf/lrec"));
    long conferences = registry.series().stream().filter(s -> !s.journal()).count();
    assertThat(reference.find(Node.ANY, RDF.type.asNode(), uri(Vocabularies.SCHEMA + "EventSeries")).toList()).hasSize((int) conferences);
  }

  @Test
  void journalsAreBiboJournalsWithoutEditions() {
    Node tpami = uri(IRIS.venue("tpami"));
    assertThat(reference.contains(tpami, RDF.type.asNode(), uri(Vocabularies.BIBO + "Journal"))).isTrue();
    assertThat(reference.contains(tpami, RDF.type.asNode(), uri(Vocabularies.SCHEMA + "EventSeries"))).isFalse();
    assertThat(reference.contains(tpami, uri(Vocabularies.SCHEMA + "name"), lit("IEEE Transactions on Pattern Analysis and Machine Intelligence"))).isTrue();
    assertThat(reference.contains(tpami, PG.dblpKey.asNode(), lit("journals/pami"))).isTrue();
    long journals = registry.series().stream().filter(VenueSeries::journal).count();
    assertThat(journals).isGreaterThan(200);
    assertThat(reference.find(Node.ANY, RDF.type.asNode(), uri(Vocabularies.BIBO + "Journal")).toList()).hasSize((int) journals);
  }

  @Test
  void journalClaimKeepsItsYearOnTheClaimAndPutsThePaperInTheJournal() {
    Graph g = GraphFactory.createDefaultGraph();
    Node paper = uri(IRIS.paper("2501.00001"));
    List<VenueClaim> claims = new VenueResolver(registry).resolve("Accepted by TPAMI 2025");
    assertThat(claims).hasSize(1);
    new VenueGraph(IRIS).writeClaim(paper, 1, claims.get(0), StreamRDFLib.graph(g));
    Node node = uri(IRIS.paper("2501.00001") + "#venue-claim-1");
    assertThat(g.contains(node, PG.claimedSeries.asNode(), uri(IRIS.venue("tpami")))).isTrue();
    assertThat(g.contains(node, PG.claimedYear.asNode(), NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear))).isTrue();
    assertThat(g.contains(node, PG.claimedVenue.asNode(), Node.ANY)).isFalse();
    assertThat(g.contains(paper, uri(Vocabularies.DCTERMS + "isPartOf"), uri(IRIS.venue("tpami")))).isTrue();
    assertThat(g.contains(paper, uri(Vocabularies.BIBO + "presentedAt"), Node.ANY)).isFalse();
    // Submitted to a journal: the claim, but the paper is not in it.
    Graph submitted = GraphFactory.createDefaultGraph();
    new VenueGraph(IRIS).writeClaim(paper, 1, new VenueResolver(registry).resolve("Submitted to TPAMI").get(0), StreamRDFLib.graph(submitted));
    assertThat(submitted.contains(paper, uri(Vocabularies.DCTERMS + "isPartOf"), Node.ANY)).isFalse();
  }

  @Test
  void referenceGraphHasEditionsWithDatesAndPlace() {
    Node e2022 = uri(IRIS.venueEdition("neurips", 2022));
    assertThat(reference.contains(e2022, RDF.type.asNode(), uri(Vocabularies.BIBO + "Conference"))).isTrue();
    assertThat(reference.contains(e2022, uri(Vocabularies.SCHEMA + "superEvent"), uri(IRIS.venue("neurips")))).isTrue();
    assertThat(reference.contains(e2022, PG.year.asNode(), NodeFactory.createLiteralDT("2022", XSDDatatype.XSDgYear))).isTrue();
    assertThat(reference.contains(e2022, uri(Vocabularies.SCHEMA + "startDate"), NodeFactory.createLiteralDT("2022-11-28", XSDDatatype.XSDdate))).isTrue();
    assertThat(reference.contains(e2022, uri(Vocabularies.SCHEMA + "endDate"), NodeFactory.createLiteralDT("2022-12-09", XSDDatatype.XSDdate))).isTrue();
    assertThat(reference.contains(e2022, uri(Vocabularies.SCHEMA + "location"), lit("New Orleans, Louisiana, USA"))).isTrue();
    assertThat(reference.contains(e2022, uri(Vocabularies.SCHEMA + "url"), uri("https://neurips.cc/Conferences/2022"))).isTrue();
  }

  @Test
  void everyOwnTermUsedIsDeclaredInPgAndTheVocabularyFile() {
    Graph claims = GraphFactory.createDefaultGraph();
    VenueResolver resolver = new VenueResolver(registry);
    Node paper = uri(IRIS.paper("2501.00001"));
    int n = 0;
    for (VenueClaim c : resolver.resolve("The Conference Quantum Techniques in Machine Learning (QTML), 2022; under review at ICLR 2026; CVSports@CVPR'25")) {
      new VenueGraph(IRIS).writeClaim(paper, ++n, c, StreamRDFLib.graph(claims));
    }
    Graph vocab = RDFParser.source(getClass().getClassLoader().getResourceAsStream("org/papergraph/core/vocab/papergraph.ttl"))
        .lang(org.apache.jena.riot.Lang.TURTLE).toGraph();
    java.util.Set<Node> used = new java.util.HashSet<>();
    for (Graph g : new Graph[] {reference, claims}) {
      g.find().forEach(t -> {
        used.add(t.getPredicate());
        if (t.getObject().isURI()) {
          used.add(t.getObject());
        }
      });
    }
    for (Node term : used) {
      if (term.getURI().startsWith(PG.NS)) {
        assertThat(declared(term)).as(term.getURI()).isTrue();
        assertThat(vocab.contains(term, RDFS.label.asNode(), Node.ANY)).as(term.getURI() + " in papergraph.ttl").isTrue();
      }
    }
  }

  @Test
  void aNamedWorkshopIsItsOwnVenuePartOfTheHostEdition() {
    Graph g = GraphFactory.createDefaultGraph();
    Node paper = uri(IRIS.paper("2501.00001"));
    VenueClaim claim = new VenueResolver(registry).resolve("Accepted at CVPR 2025 Workshop on Synthetic Data for Computer Vision").get(0);
    new VenueGraph(IRIS).writeClaim(paper, 1, claim, StreamRDFLib.graph(g));
    Node node = uri(IRIS.paper("2501.00001") + "#venue-claim-1");
    Node edition = uri(IRIS.venueEdition("cvpr", 2025));
    Node workshop = uri(IRIS.venueEdition("cvpr", 2025) + "/workshop-on-synthetic-data-for-computer-vision");
    assertThat(g.contains(node, PG.venueStatus.asNode(), PG.Workshop.asNode())).isTrue();
    assertThat(g.contains(node, PG.claimedVenue.asNode(), edition)).isTrue();
    assertThat(g.contains(node, PG.claimedPart.asNode(), workshop)).isTrue();
    assertThat(g.contains(workshop, RDF.type.asNode(), uri(Vocabularies.BIBO + "Workshop"))).isTrue();
    assertThat(g.contains(workshop, uri(Vocabularies.DCTERMS + "isPartOf"), edition)).isTrue();
    assertThat(g.contains(workshop, uri(Vocabularies.SCHEMA + "name"), lit("Workshop on Synthetic Data for Computer Vision"))).isTrue();
    // The paper is presented at the host's edition, as a workshop paper.
    assertThat(g.contains(paper, uri(Vocabularies.BIBO + "presentedAt"), edition)).isTrue();
  }

  @Test
  void findingsAreATrackOfTheHostEdition() {
    Graph g = GraphFactory.createDefaultGraph();
    Node paper = uri(IRIS.paper("2501.00001"));
    VenueClaim claim = new VenueResolver(registry).resolve("Accepted to Findings of ACL 2025").get(0);
    new VenueGraph(IRIS).writeClaim(paper, 1, claim, StreamRDFLib.graph(g));
    Node node = uri(IRIS.paper("2501.00001") + "#venue-claim-1");
    Node edition = uri(IRIS.venueEdition("acl", 2025));
    Node findings = uri(IRIS.venueEdition("acl", 2025) + "/findings");
    assertThat(g.contains(node, PG.venueStatus.asNode(), PG.Accepted.asNode())).isTrue();
    assertThat(g.contains(node, PG.claimedPart.asNode(), findings)).isTrue();
    assertThat(g.contains(findings, RDF.type.asNode(), uri(Vocabularies.SCHEMA + "Event"))).isTrue();
    assertThat(g.contains(findings, uri(Vocabularies.DCTERMS + "isPartOf"), edition)).isTrue();
    assertThat(g.contains(findings, uri(Vocabularies.SCHEMA + "name"), lit("Findings of ACL 2025"))).isTrue();
    assertThat(g.contains(paper, uri(Vocabularies.BIBO + "presentedAt"), edition)).isTrue();
  }

  @Test
  void claimWithoutYearNamesTheSeriesOnlyAndIsNoPresentation() {
    Graph g = GraphFactory.createDefaultGraph();
    Node paper = uri(IRIS.paper("2501.00001"));
    VenueClaim claim = new VenueResolver(registry).resolve("Accepted at NeurIPS").get(0);
    new VenueGraph(IRIS).writeClaim(paper, 1, claim, StreamRDFLib.graph(g));
    Node node = uri(IRIS.paper("2501.00001") + "#venue-claim-1");
    assertThat(g.contains(paper, PG.venueClaim.asNode(), node)).isTrue();
    assertThat(g.contains(node, PG.venueStatus.asNode(), PG.Accepted.asNode())).isTrue();
    assertThat(g.contains(node, PG.claimedSeries.asNode(), uri(IRIS.venue("neurips")))).isTrue();
    assertThat(g.contains(node, PG.claimedVenue.asNode(), Node.ANY)).isFalse();
    assertThat(g.contains(paper, uri(Vocabularies.BIBO + "presentedAt"), Node.ANY)).isFalse();
  }

  private static boolean declared(Node p) {
    for (java.lang.reflect.Field f : PG.class.getFields()) {
      try {
        if (f.get(null) instanceof org.apache.jena.rdf.model.Resource r && r.asNode().equals(p)) {
          return true;
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return false;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
