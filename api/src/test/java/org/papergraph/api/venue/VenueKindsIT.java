package org.papergraph.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * /api/venues over the real venue registry (reference graphs on, venue resolution on): journals
 * are listed beside conference and workshop series, each with its kind, and {@code kind=} picks
 * one kind; a venue shows its ranks and the registries it comes from, in JSON and on its linked
 * data page. Papers get their venues from their own comments, ingested over HTTP.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.extract.topics=false", "papergraph.security.bearer-tokens=s3cret"})
class VenueKindsIT {
  private static final String RECORDS = """
      A journal paper about pattern analysis.

      Accepted by IEEE TPAMI 2025

      arXiv:2501.00011
      Created: 2025-01-02

      A workshop paper about synthetic data.

      Accepted at CVPR 2025 Workshop on Synthetic Data for Computer Vision

      arXiv:2501.00012
      Created: 2025-01-03
      """;

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void ingest() throws Exception {
    api = new ApiClient(port);
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/ingest?name=venues.txt"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("Authorization", "Bearer s3cret")
        .POST(HttpRequest.BodyPublishers.ofString(RECORDS))
        .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void journalsAreListedWithTheirKindAndPapers() throws Exception {
    JsonNode journals = api.json("/api/venues?kind=journal&limit=100");
    assertThat(journals.size()).isEqualTo(100);
    assertThat(ApiClient.field(journals, "kind")).containsOnly("journal");
    // The paper in TPAMI puts it first.
    assertThat(journals.at("/0/id").asString()).isEqualTo("tpami");
    assertThat(journals.at("/0/paperCount").asInt()).isEqualTo(1);
    assertThat(ApiClient.field(api.json("/api/venues?q=pattern&kind=journal&limit=100"), "id")).contains("tpami").doesNotContain("icpr");
  }

  @Test
  void eachKindFilterGivesThatKindOnly() throws Exception {
    JsonNode conferences = api.json("/api/venues?kind=conference&limit=100");
    assertThat(ApiClient.field(conferences, "kind")).containsOnly("conference");
    // NeurIPS (four seed papers) first, CVPR (the workshop paper's host) among those with papers.
    assertThat(ApiClient.field(conferences, "id").subList(0, 5)).contains("neurips", "cvpr");
    assertThat(ApiClient.field(conferences, "id")).doesNotContain("tpami");
    JsonNode workshops = api.json("/api/venues?kind=workshop&limit=100");
    assertThat(ApiClient.field(workshops, "kind")).containsOnly("workshop");
    assertThat(ApiClient.field(workshops, "id")).contains("mmsp");
    // A workshop held at one edition is listed too, first with its paper; its href is the host's
    // page, whose 2025 edition lists it.
    assertThat(workshops.at("/0/id").asString()).isEqualTo("cvpr/2025/workshop-on-synthetic-data-for-computer-vision");
    assertThat(workshops.at("/0/name").asString()).isEqualTo("Workshop on Synthetic Data for Computer Vision");
    assertThat(workshops.at("/0/paperCount").asInt()).isEqualTo(1);
    assertThat(workshops.at("/0/href").asString()).endsWith("/api/venues/cvpr");
    assertThat(ApiClient.field(api.json("/api/venues?q=synthetic&kind=workshop"), "id")).containsExactly("cvpr/2025/workshop-on-synthetic-data-for-computer-vision");
    assertThat(ApiClient.field(api.json("/api/venues?q=synthetic&kind=conference"), "id")).isEmpty();
    // Without kind= every kind is there.
    assertThat(ApiClient.field(api.json("/api/venues?q=pattern&limit=100"), "kind")).contains("conference", "journal");
  }

  @Test
  void aVenueShowsItsKindRanksAndSources() throws Exception {
    JsonNode tpami = api.json("/api/venues/tpami");
    assertThat(tpami.get("kind").asString()).isEqualTo("journal");
    assertThat(tpami.at("/ranks/ccf").asString()).isEqualTo("A");
    assertThat(tpami.get("sources").get(0).asString()).startsWith("CCFrank4dblp (WenyanLiu/CCFrank4dblp, MIT); ranks: ccf");
    assertThat(tpami.get("editions").size()).isZero();
    assertThat(ApiClient.field(tpami.get("papers"), "id")).containsExactly("2501.00011");
    assertThat(tpami.get("issns").size()).as("no registry here gives TPAMI's ISSN").isZero();
    assertThat(api.json("/api/venues/sci-rep").get("issns").get(0).asString()).isEqualTo("2045-2322");
    JsonNode cvpr = api.json("/api/venues/cvpr");
    assertThat(cvpr.get("kind").asString()).isEqualTo("conference");
    assertThat(cvpr.at("/ranks/ccf").asString()).isEqualTo("A");
    assertThat(ApiClient.field(cvpr.get("papers"), "id")).contains("2501.00012");
    // The workshop is a part of the 2025 edition, with its paper.
    JsonNode e2025 = null;
    for (JsonNode e : cvpr.get("editions")) {
      if (e.get("year").asInt() == 2025) {
        e2025 = e;
      }
    }
    assertThat(e2025).isNotNull();
    assertThat(e2025.at("/parts/0/kind").asString()).isEqualTo("workshop");
    assertThat(e2025.at("/parts/0/name").asString()).isEqualTo("Workshop on Synthetic Data for Computer Vision");
    assertThat(e2025.at("/parts/0/iri").asString()).endsWith("/id/venue/cvpr/2025/workshop-on-synthetic-data-for-computer-vision");
    assertThat(ApiClient.field(e2025.at("/parts/0/papers"), "id")).containsExactly("2501.00012");
  }

  @Test
  void theLinkedDataPageShowsKindRanksAndSources() throws Exception {
    HttpResponse<String> page = api.send(HttpRequest.newBuilder(api.uri("/id/venue/tpami")).header("Accept", "text/html").build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<tr><td>Kind</td><td>journal</td></tr>", "<tr><td>Ranks</td><td>CCF A</td></tr>")
        .contains("CCFrank4dblp (WenyanLiu/CCFrank4dblp, MIT); ranks: ccf");
    HttpResponse<String> workshop =
        api.send(HttpRequest.newBuilder(api.uri("/id/venue/cvpr/2025/workshop-on-synthetic-data-for-computer-vision")).header("Accept", "text/html").build());
    assertThat(workshop.statusCode()).isEqualTo(200);
    assertThat(workshop.body()).contains("<tr><td>Kind</td><td>workshop</td></tr>", "isPartOf");
  }

  @Test
  void anUnknownKindIsABadRequest() throws Exception {
    HttpResponse<String> r = api.get("/api/venues?kind=symposium");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("kind: 'symposium' is not one of conference, workshop, journal");
  }
}
