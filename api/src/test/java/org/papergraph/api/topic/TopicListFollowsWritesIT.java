package org.papergraph.api.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.EmptyWritableServerTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The topic list and the concepts per scheme in {@code /api/stats} are kept across writes that
 * change no concept's type, labels or scheme, and follow every write that does, whatever graph it
 * is in: a concept described in a paper's record graph counts as one in any other graph.
 */
class TopicListFollowsWritesIT extends EmptyWritableServerTestBase {
  private static final String PREFIXES = """
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      """;
  private static final String RECORD = BASE + "graph/paper/2312.00007";
  private static final String TOPIC = BASE + "id/topic/vesper-nets";

  @Test
  void conceptsWrittenInARecordGraphAreListedAndCountedAndGoWithIt() throws Exception {
    assertThat(api.json("/api/topics?q=vesper").size()).isZero();
    write("POST", "/api/ingest", "text/plain", """
        Vesper nets, studied through the ingest endpoint.

        We study vesper nets.

        arXiv:2312.00007
        Created: 2023-01-02
        """, 200);
    // A record without concepts: the list is kept, and still lists nothing.
    assertThat(api.json("/api/topics?q=vesper").size()).isZero();

    write("POST", "/sparql", "application/sparql-update", PREFIXES + """
        INSERT DATA { GRAPH <%s> { <%s> a skos:Concept ; skos:prefLabel "vesper nets" ; skos:inScheme <urn:scheme:dusk> } }"""
        .formatted(RECORD, TOPIC), 204);
    JsonNode listed = api.json("/api/topics?q=vesper");
    assertThat(ApiClient.field(listed, "id")).containsExactly("vesper-nets");
    assertThat(listed.at("/0/paperCount").asInt()).isZero();
    assertThat(api.json("/api/stats").at("/conceptsPerScheme/urn:scheme:dusk").asLong()).isEqualTo(1);

    // The paper's subject changes no concept: the list is kept and its count follows.
    write("POST", "/sparql", "application/sparql-update", PREFIXES + """
        INSERT DATA { GRAPH <%s> { <%sid/paper/2312.00007> dcterms:subject <%s> } }""".formatted(RECORD, BASE, TOPIC), 204);
    assertThat(api.json("/api/topics?q=vesper").at("/0/paperCount").asInt()).isEqualTo(1);

    write("POST", "/sparql", "application/sparql-update", PREFIXES + """
        INSERT DATA { GRAPH <%s> { <%s> skos:altLabel "evensong networks" } }""".formatted(RECORD, TOPIC), 204);
    assertThat(ApiClient.field(api.json("/api/topics?q=evensong"), "id")).containsExactly("vesper-nets");

    write("POST", "/sparql", "application/sparql-update", "DROP GRAPH <" + RECORD + ">", 204);
    assertThat(api.json("/api/topics?q=vesper").size()).isZero();
    assertThat(api.json("/api/topics?q=evensong").size()).isZero();
    assertThat(api.json("/api/stats").at("/conceptsPerScheme").has("urn:scheme:dusk")).isFalse();
  }
}
