package org.papergraph.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.core.vocab.BIBO;
import org.papergraph.core.vocab.PG;

/** Which written triples may change the venue entries and the workshops, given what they hold. */
class VenueEntriesChangeTest {
  private static final String DUSK = "http://example.org/id/venue/dusk";
  private static final Node SERIES = NodeFactory.createURI("https://schema.org/EventSeries");
  private static final Node NAME = NodeFactory.createURI("https://schema.org/name");
  private static final Map<String, VenueService.Entry> ENTRIES = Map.of(DUSK, new VenueService.Entry(
      DUSK, VenueKinds.CONFERENCE, "DUSK", "Dusk Conference", List.of("Evensong Meeting"), false, Map.of("ccf", "B"),
      List.of("CCF 2022"), List.of("2045-2322"), new String[0]));

  private static Triple t(String s, Node p, Node o) {
    return Triple.create(NodeFactory.createURI(s), p, o);
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  @Test
  void whatTheEntriesHoldAlreadyChangesNothing() {
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, RDF.Nodes.type, SERIES))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, SKOS.prefLabel.asNode(), lit("DUSK")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, NAME, lit("Dusk Conference")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, SKOS.altLabel.asNode(), lit("Evensong Meeting")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, PG.ccfRank.asNode(), lit("B")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, DCTerms.source.asNode(), lit("CCF 2022")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, PG.provisional.asNode(), lit("false")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, BIBO.issn.asNode(), lit("2045-2322")))).isFalse();
  }

  @Test
  void aLabelOrRankAfterTheOneKeptChangesNothingOneBeforeItDoes() {
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, SKOS.prefLabel.asNode(), lit("ZDUSK")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, SKOS.prefLabel.asNode(), lit("ADUSK")))).isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, NAME, lit("A Dusk Conference")))).isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, PG.ccfRank.asNode(), lit("C")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, PG.ccfRank.asNode(), lit("A")))).isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, PG.coreRank.asNode(), lit("A*")))).as("a rank of another system").isTrue();
  }

  @Test
  void somethingNewAboutASeriesChangesThem() {
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, SKOS.altLabel.asNode(), lit("Twilight")))).isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, DCTerms.source.asNode(), lit("CORE 2023")))).isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, PG.provisional.asNode(), lit("true")))).isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, BIBO.issn.asNode(), lit("1877-0509")))).as("another ISSN").isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, RDF.Nodes.type, BIBO.Journal.asNode()))).as("a conference becoming a journal").isTrue();
    assertThat(VenueService.addedChanges(ENTRIES, t("http://example.org/id/venue/dawn", RDF.Nodes.type, SERIES))).as("a new series").isTrue();
  }

  @Test
  void labelsOfWhatIsNoSeriesAndOtherPropertiesAreNotSeen() {
    assertThat(VenueService.addedChanges(ENTRIES, t("http://example.org/id/topic/x", SKOS.prefLabel.asNode(), lit("x")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, DCTerms.description.asNode(), lit("about dusk")))).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, t(DUSK, RDF.Nodes.type, SKOS.Concept.asNode()))).isFalse();
  }

  @Test
  void blankNodesAreNeverSeriesNorWorkshops() {
    Triple agentName = Triple.create(NodeFactory.createBlankNode(), NAME, lit("Papergraph"));
    Triple blankSeries = Triple.create(NodeFactory.createBlankNode(), RDF.Nodes.type, SERIES);
    assertThat(VenueService.addedChanges(ENTRIES, agentName)).isFalse();
    assertThat(VenueService.addedChanges(ENTRIES, blankSeries)).isFalse();
    assertThat(VenueService.removedChanges(ENTRIES, blankSeries)).isFalse();
    assertThat(WORKSHOPS.addedChanges(agentName)).isFalse();
    assertThat(WORKSHOPS.removedChanges(agentName)).isFalse();
  }

  @Test
  void removingAnythingTheyReadOfASeriesMayChangeThem() {
    assertThat(VenueService.removedChanges(ENTRIES, t(DUSK, SKOS.prefLabel.asNode(), lit("DUSK")))).isTrue();
    assertThat(VenueService.removedChanges(ENTRIES, t(DUSK, RDF.Nodes.type, SERIES))).isTrue();
    assertThat(VenueService.removedChanges(ENTRIES, t(DUSK, DCTerms.description.asNode(), lit("about dusk")))).isFalse();
    assertThat(VenueService.removedChanges(ENTRIES, t("http://example.org/id/topic/x", SKOS.prefLabel.asNode(), lit("x")))).isFalse();
  }

  private static final String EDITION = DUSK + "/2024";
  private static final String WORKSHOP = EDITION + "/workshop-on-twilight";
  private static final Node SUPER_EVENT = NodeFactory.createURI("https://schema.org/superEvent");
  private static final VenueService.Workshops WORKSHOPS = new VenueService.Workshops(
      Map.of(WORKSHOP, new VenueService.Workshops.Workshop(WORKSHOP, new java.util.TreeSet<>(List.of(EDITION)), "Twilight", "Workshop on Twilight")),
      Map.of(EDITION, new java.util.TreeSet<>(List.of(DUSK))));

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  @Test
  void aWorkshopDescribedAgainChangesNothingAndAnythingNewAboutItDoes() {
    assertThat(WORKSHOPS.addedChanges(t(WORKSHOP, RDF.Nodes.type, BIBO.Workshop.asNode()))).isFalse();
    assertThat(WORKSHOPS.addedChanges(t(WORKSHOP, DCTerms.isPartOf.asNode(), iri(EDITION)))).isFalse();
    assertThat(WORKSHOPS.addedChanges(t(EDITION, SUPER_EVENT, iri(DUSK)))).isFalse();
    assertThat(WORKSHOPS.addedChanges(t(WORKSHOP, SKOS.prefLabel.asNode(), lit("Twilight")))).isFalse();
    assertThat(WORKSHOPS.addedChanges(t(WORKSHOP, NAME, lit("Workshop on Twilight, the second")))).as("a name after the one kept").isFalse();

    assertThat(WORKSHOPS.addedChanges(t(EDITION + "/workshop-on-dawn", RDF.Nodes.type, BIBO.Workshop.asNode()))).as("a new workshop").isTrue();
    assertThat(WORKSHOPS.addedChanges(t(WORKSHOP, DCTerms.isPartOf.asNode(), iri(DUSK + "/2025")))).as("another edition").isTrue();
    assertThat(WORKSHOPS.addedChanges(t(EDITION, SUPER_EVENT, iri("http://example.org/id/venue/dawn")))).as("another series").isTrue();
    assertThat(WORKSHOPS.addedChanges(t(WORKSHOP, SKOS.prefLabel.asNode(), lit("Afterglow")))).as("a label before the one kept").isTrue();
  }

  @Test
  void whatIsNoWorkshopIsNotSeenButRemovingAnythingReadOfOneIs() {
    // A journal paper is part of its journal; an edition no workshop is part of has its own series.
    assertThat(WORKSHOPS.addedChanges(t("http://example.org/id/paper/1", DCTerms.isPartOf.asNode(), iri("http://example.org/id/venue/jmlr")))).isFalse();
    assertThat(WORKSHOPS.addedChanges(t(DUSK + "/2025", SUPER_EVENT, iri(DUSK)))).isFalse();
    assertThat(WORKSHOPS.addedChanges(t(DUSK, SKOS.prefLabel.asNode(), lit("DUSK")))).isFalse();

    assertThat(WORKSHOPS.removedChanges(t(WORKSHOP, SKOS.prefLabel.asNode(), lit("Twilight")))).isTrue();
    assertThat(WORKSHOPS.removedChanges(t(EDITION, SUPER_EVENT, iri(DUSK)))).isTrue();
    assertThat(WORKSHOPS.removedChanges(t("http://example.org/id/paper/1", DCTerms.isPartOf.asNode(), iri("http://example.org/id/venue/jmlr")))).isFalse();
  }
}
