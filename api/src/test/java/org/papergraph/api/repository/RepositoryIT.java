package org.papergraph.api.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/** /api/repositories and /api/owners: the lab view over the seeds. */
class RepositoryIT extends FixtureApiTestBase {
  @Test
  void vitaGroupHasThreeRepositoriesAndThreePapers() throws Exception {
    JsonNode o = api.json("/api/owners/github/vita-group");
    assertThat(o.get("accountName").asString()).isEqualTo("VITA-Group");
    assertThat(o.get("url").asString()).isEqualTo("https://github.com/vita-group");
    assertThat(ApiClient.field(o.get("repositories"), "id"))
        .containsExactly("github/vita-group/gradientgcn", "github/vita-group/m3vit", "github/vita-group/symbolicpcc");
    assertThat(ApiClient.field(o.get("papers"), "id")).containsExactly("2210.14793", "2210.16987", "2210.08122");
    assertThat(o.at("/venues/0/venue/id").asString()).isEqualTo("neurips");
    assertThat(o.at("/venues/0/count").asInt()).isEqualTo(2);
    assertThat(o.at("/topics/0/topic/id").asString()).isEqualTo("neural-networks");
    assertThat(o.at("/topics/0/count").asInt()).isEqualTo(2);
    assertThat(o.at("/topics/0/share").asDouble()).isEqualTo(0.6667);
    assertThat(o.get("topics").size()).isEqualTo(5);
  }

  @Test
  void ownerIdsAreCaseInsensitiveLikeTheIris() throws Exception {
    assertThat(api.json("/api/owners/github/VITA-Group").get("id").asString()).isEqualTo("github/vita-group");
  }

  @Test
  void repositoriesAndOwnersLists() throws Exception {
    JsonNode all = api.json("/api/repositories");
    assertThat(all.size()).isEqualTo(5);
    assertThat(ApiClient.field(api.json("/api/repositories?owner=github/shi-labs"), "id"))
        .containsExactly("github/shi-labs/stylenat", "github/shi-labs/versatile-diffusion");
    JsonNode owners = api.json("/api/owners");
    assertThat(ApiClient.field(owners, "id")).containsExactly("github/vita-group", "github/shi-labs");
    assertThat(owners.at("/0/repositoryCount").asInt()).isEqualTo(3);
    assertThat(owners.at("/1/paperCount").asInt()).isEqualTo(2);
  }

  @Test
  void repositoryWithItsPapers() throws Exception {
    JsonNode r = api.json("/api/repositories/github/shi-labs/versatile-diffusion");
    assertThat(r.get("url").asString()).isEqualTo("https://github.com/shi-labs/versatile-diffusion");
    assertThat(r.at("/owner/id").asString()).isEqualTo("github/shi-labs");
    assertThat(r.at("/papers/0/paper/id").asString()).isEqualTo("2211.08332");
    assertThat(r.at("/papers/0/relation").asString()).isEqualTo("official");
    JsonNode s = api.json("/api/repositories/github/shi-labs/stylenat");
    assertThat(s.at("/papers/0/relation").asString()).isEqualTo("mentioned");
  }

  @Test
  void errors() throws Exception {
    var missing = api.get("/api/owners/github/nobody");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.get("/api/repositories/github/vita-group/nothing").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/owners/github/bad%20name").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/repositories?owner=vita-group").statusCode()).isEqualTo(400);
  }
}
