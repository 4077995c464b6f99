package org.papergraph.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/** /api/venues: list, editions with dates and places, topic profile, related venues, papers. */
class VenueIT extends FixtureApiTestBase {
  @Test
  void listMostPapersFirst() throws Exception {
    JsonNode list = api.json("/api/venues");
    assertThat(ApiClient.field(list, "id")).containsExactly("neurips", "asp-dac", "icdm", "qtml");
    assertThat(list.at("/0/paperCount").asInt()).isEqualTo(4);
    assertThat(list.at("/3/provisional").asBoolean()).isTrue();
    assertThat(ApiClient.field(list, "kind")).containsOnly("conference");
    assertThat(api.json("/api/venues?kind=journal").size()).isZero();
    assertThat(ApiClient.field(api.json("/api/venues?kind=conference"), "id")).containsExactly("neurips", "asp-dac", "icdm", "qtml");
    assertThat(ApiClient.field(api.json("/api/venues?q=nips"), "id")).containsExactly("neurips");
    assertThat(ApiClient.field(api.json("/api/venues?q=data"), "id")).containsExactly("icdm");
  }

  @Test
  void neuripsHasFourPapersIn2022() throws Exception {
    JsonNode v = api.json("/api/venues/neurips");
    assertThat(v.get("label").asString()).isEqualTo("NeurIPS");
    assertThat(v.get("name").asString()).isEqualTo("Conference on Neural Information Processing Systems");
    assertThat(v.get("altLabels").size()).isEqualTo(2);
    assertThat(v.get("provisional").asBoolean()).isFalse();
    assertThat(v.get("kind").asString()).isEqualTo("conference");
    assertThat(v.get("ranks").size()).isZero();
    assertThat(v.get("sources").size()).isZero();
    assertThat(v.get("paperCount").asInt()).isEqualTo(4);
    JsonNode e2022 = v.at("/editions/0");
    assertThat(e2022.get("year").asInt()).isEqualTo(2022);
    assertThat(e2022.get("startDate").asString()).isEqualTo("2022-11-28");
    assertThat(e2022.get("endDate").asString()).isEqualTo("2022-12-09");
    assertThat(e2022.get("location").asString()).isEqualTo("New Orleans, USA");
    assertThat(e2022.get("paperCount").asInt()).isEqualTo(4);
    assertThat(ApiClient.field(e2022.get("papers"), "id")).containsExactly("2211.02077", "2210.16987", "2210.08772", "2210.08122");
    assertThat(v.at("/editions/1/year").asInt()).isEqualTo(2021);
    assertThat(v.at("/editions/1/paperCount").asInt()).isZero();
    assertThat(v.at("/topics/0/topic/id").asString()).isEqualTo("neural-networks");
    assertThat(v.at("/topics/0/count").asInt()).isEqualTo(2);
    assertThat(v.at("/topics/0/share").asDouble()).isEqualTo(0.5);
    // Profiles: NeurIPS (nn 2, gnn 1, cl 1, cc 1, rl 1), QTML (gnn 1, qml 1): 1 / (sqrt 8 * sqrt 2) = 0.25.
    assertThat(v.get("related").size()).isEqualTo(1);
    assertThat(v.at("/related/0/venue/id").asString()).isEqualTo("qtml");
    assertThat(v.at("/related/0/similarity").asDouble()).isEqualTo(0.25);
  }

  @Test
  void provisionalVenueWithoutRegistryDates() throws Exception {
    JsonNode v = api.json("/api/venues/qtml");
    assertThat(v.get("provisional").asBoolean()).isTrue();
    assertThat(v.at("/editions/0/startDate").isNull()).isTrue();
    assertThat(ApiClient.field(v.get("papers"), "id")).containsExactly("2211.07379");
  }

  @Test
  void errors() throws Exception {
    var missing = api.get("/api/venues/no-such-venue");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.get("/api/venues/NeurIPS").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/venues?limit=101").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/venues?kind=Journal").statusCode()).isEqualTo(400);
  }
}
