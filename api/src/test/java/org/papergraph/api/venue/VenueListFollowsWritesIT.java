package org.papergraph.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.EmptyWritableServerTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The venue list keeps its entries across writes that only repeat what they hold (a paper's
 * record graph restating its series' description), and follows every write that adds to them or
 * removes from them, whatever graph it is in.
 */
class VenueListFollowsWritesIT extends EmptyWritableServerTestBase {
  private static final String PREFIXES = """
      PREFIX schema: <https://schema.org/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX bibo: <http://purl.org/ontology/bibo/>
      PREFIX pg: <https://w3id.org/papergraph/ns#>
      """;
  private static final String FIRST = BASE + "graph/paper/2312.00011";
  private static final String SECOND = BASE + "graph/paper/2312.00012";
  private static final String VENUE = BASE + "id/venue/dusk";

  private void insert(String graph, String triples) throws Exception {
    write("POST", "/sparql", "application/sparql-update", PREFIXES + "INSERT DATA { GRAPH <%s> { %s } }".formatted(graph, triples), 204);
  }

  @Test
  void seriesRestatedInManyGraphsAreListedOnceAndFollowWhatIsAddedAndRemoved() throws Exception {
    assertThat(api.json("/api/venues?q=dusk").size()).isZero();
    // A series without an IRI cannot be listed, nor does it keep the others from being listed.
    insert(FIRST, "[] a schema:EventSeries ; skos:prefLabel \"DUSK-BLANK\"");
    insert(FIRST, "<%s> a schema:EventSeries ; skos:prefLabel \"DUSK\" ; schema:name \"Dusk Conference\" ; pg:ccfRank \"B\"".formatted(VENUE));
    JsonNode listed = api.json("/api/venues?q=dusk");
    assertThat(ApiClient.field(listed, "id")).containsExactly("dusk");
    assertThat(listed.at("/0/label").asString()).isEqualTo("DUSK");
    assertThat(listed.at("/0/kind").asString()).isEqualTo("conference");

    // The same description in a second graph changes nothing.
    insert(SECOND, "<%s> a schema:EventSeries ; skos:prefLabel \"DUSK\" ; schema:name \"Dusk Conference\" ; pg:ccfRank \"B\"".formatted(VENUE));
    assertThat(ApiClient.field(api.json("/api/venues?q=dusk"), "id")).containsExactly("dusk");

    // A new alias is found; a label after the one shown changes nothing, one before it is shown.
    insert(SECOND, "<%s> skos:altLabel \"Evensong Meeting\"".formatted(VENUE));
    assertThat(ApiClient.field(api.json("/api/venues?q=evensong"), "id")).containsExactly("dusk");
    insert(SECOND, "<%s> skos:prefLabel \"ZDUSK\"".formatted(VENUE));
    assertThat(api.json("/api/venues?q=dusk").at("/0/label").asString()).isEqualTo("DUSK");
    insert(SECOND, "<%s> skos:prefLabel \"ADUSK\"".formatted(VENUE));
    assertThat(api.json("/api/venues?q=adusk").at("/0/label").asString()).isEqualTo("ADUSK");

    // A better rank is shown; a worse one is not. A journal type makes it a journal.
    insert(SECOND, "<%s> pg:ccfRank \"C\"".formatted(VENUE));
    assertThat(api.json("/api/venues/dusk").at("/ranks/ccf").asString()).isEqualTo("B");
    insert(SECOND, "<%s> pg:ccfRank \"A\"".formatted(VENUE));
    assertThat(api.json("/api/venues/dusk").at("/ranks/ccf").asString()).isEqualTo("A");
    insert(SECOND, "<%s> a bibo:Journal".formatted(VENUE));
    assertThat(api.json("/api/venues?q=dusk&kind=journal").at("/0/id").asString()).isEqualTo("dusk");

    // What only the second graph said goes with it; the first graph's description stays.
    write("POST", "/sparql", "application/sparql-update", "DROP GRAPH <" + SECOND + ">", 204);
    assertThat(api.json("/api/venues?q=evensong").size()).isZero();
    JsonNode left = api.json("/api/venues?q=dusk");
    assertThat(left.at("/0/label").asString()).isEqualTo("DUSK");
    assertThat(left.at("/0/kind").asString()).isEqualTo("conference");
    assertThat(api.json("/api/venues/dusk").at("/ranks/ccf").asString()).isEqualTo("B");

    write("POST", "/sparql", "application/sparql-update", "DROP GRAPH <" + FIRST + ">", 204);
    assertThat(api.json("/api/venues?q=dusk").size()).isZero();
  }

  private static String record(String id) {
    return """
        A paper at the twilight workshop.

        We study twilight.

        arXiv:%s
        Created: 2023-01-02
        """.formatted(id);
  }

  /** The triples a workshop paper's record graph holds about its workshop, and its claim. */
  private static String workshopPaper(String id) {
    String edition = VENUE + "/2024";
    String workshop = edition + "/workshop-on-twilight";
    return """
        <%s> a bibo:Workshop ; skos:prefLabel "Twilight" ; schema:name "Workshop on Twilight" ; <http://purl.org/dc/terms/isPartOf> <%s> .
        <%s> schema:superEvent <%s> .
        <%s> a schema:EventSeries ; skos:prefLabel "DUSK" .
        <%sid/paper/%s> pg:venueClaim [ pg:claimedPart <%s> ] ."""
        .formatted(workshop, edition, edition, VENUE, VENUE, BASE, id, workshop);
  }

  @Test
  void aWorkshopDescribedByEachOfItsPapersIsListedOnceWithThePapersThatClaimIt() throws Exception {
    write("POST", "/api/ingest", "text/plain", record("2312.00021"), 200);
    write("POST", "/api/ingest", "text/plain", record("2312.00022"), 200);
    assertThat(api.json("/api/venues?q=twilight&kind=workshop").size()).isZero();

    insert(BASE + "graph/paper/2312.00021", workshopPaper("2312.00021"));
    JsonNode listed = api.json("/api/venues?q=twilight&kind=workshop");
    assertThat(ApiClient.field(listed, "id")).containsExactly("dusk/2024/workshop-on-twilight");
    assertThat(listed.at("/0/paperCount").asInt()).isEqualTo(1);
    assertThat(listed.at("/0/href").asString()).isEqualTo("/api/venues/dusk");

    // The second paper describes the workshop again and claims it too: still one entry, two papers.
    insert(BASE + "graph/paper/2312.00022", workshopPaper("2312.00022"));
    listed = api.json("/api/venues?q=twilight");
    assertThat(ApiClient.field(listed, "id")).containsExactly("dusk/2024/workshop-on-twilight");
    assertThat(listed.at("/0/paperCount").asInt()).isEqualTo(2);

    // A label before the one shown is shown.
    insert(BASE + "graph/paper/2312.00022", "<%s/2024/workshop-on-twilight> skos:prefLabel \"Afterglow\"".formatted(VENUE));
    assertThat(api.json("/api/venues?q=afterglow&kind=workshop").at("/0/label").asString()).isEqualTo("Afterglow");

    write("POST", "/sparql", "application/sparql-update", "DROP GRAPH <" + BASE + "graph/paper/2312.00022>", 204);
    listed = api.json("/api/venues?q=twilight&kind=workshop");
    assertThat(listed.at("/0/paperCount").asInt()).isEqualTo(1);
    assertThat(listed.at("/0/label").asString()).isEqualTo("Twilight");
    write("POST", "/sparql", "application/sparql-update", "DROP GRAPH <" + BASE + "graph/paper/2312.00021>", 204);
    assertThat(api.json("/api/venues?q=twilight").size()).isZero();
  }
}
