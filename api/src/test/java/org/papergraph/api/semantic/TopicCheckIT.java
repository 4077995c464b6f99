package org.papergraph.api.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.core.embed.TopicCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The server as it runs by default: the seeds' topics are checked against their papers' vectors
 * in the background, each paper's view shows the cosine of every topic it kept, and a match the
 * tagger held back is admitted where the abstract is about it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.embedding.topic-check=true", "papergraph.security.bearer-tokens=" + TopicCheckIT.TOKEN,
        "papergraph.embedding.background-cpu-share=1", "papergraph.embedding.pause-while-serving=false"})
class TopicCheckIT {
  static final String TOKEN = "s3cret";
  private static final List<String> SEEDS = List.of("2211.07379", "2211.08332");

  @LocalServerPort int port;
  @Autowired EmbeddingUpdater updater;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void everyTopicASeedPaperKeepsCarriesItsSimilarityAndTheCheckDoesNotRunTwice() throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    List<String> unchecked = SEEDS;
    while (!unchecked.isEmpty() && System.nanoTime() < deadline) {
      assertThat(updater.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
      unchecked = new ArrayList<>();
      for (String id : SEEDS) {
        for (JsonNode t : api.json("/api/papers/" + id).at("/topics")) {
          if (t.get("semanticSimilarity") == null || t.get("semanticSimilarity").isNull()) {
            unchecked.add(id + " " + t.get("id").asString());
          }
        }
      }
      if (!unchecked.isEmpty()) {
        Thread.sleep(200);
      }
    }
    assertThat(unchecked).as("topics without a similarity").isEmpty();
    int withSeveral = 0;
    for (String id : SEEDS) {
      JsonNode topics = api.json("/api/papers/" + id).at("/topics");
      assertThat(topics.size()).as(id).isPositive();
      withSeveral += topics.size() > 1 ? 1 : 0;
      for (JsonNode t : topics) {
        double s = t.get("semanticSimilarity").asDouble();
        assertThat(s).as(id + " " + t.get("id").asString()).isBetween(-1.0, 1.0);
        assertThat(t.get("score").asDouble() + TopicCheck.WEIGHT * s)
            .as("kept: score + %s x similarity reaches %s, or it is the paper's last topic", TopicCheck.WEIGHT, TopicCheck.THRESHOLD)
            .satisfiesAnyOf(v -> assertThat(v).isGreaterThanOrEqualTo(TopicCheck.THRESHOLD - TopicCheck.WEIGHT * 5e-4),
                v -> assertThat(topics.size()).isEqualTo(1));
      }
    }
    // A rule on the wrong model's cosines would leave each paper its strongest topic alone.
    assertThat(withSeveral).as("seed papers that keep two topics or more").isEqualTo(SEEDS.size());
    // The check's own write is announced like any other; the pass it starts finds nothing to do.
    String sparql = "PREFIX pg: <https://w3id.org/papergraph/ns#> ASK { GRAPH ?g { ?a a pg:TopicAssignment FILTER NOT EXISTS { ?a pg:semanticSimilarity ?s } } }";
    assertThat(updater.awaitCaughtUp(Duration.ofMinutes(1))).isTrue();
    JsonNode ask = api.json("/sparql?query=" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ask.at("/boolean").asBoolean()).as("an assignment left unchecked").isFalse();
  }

  @Test
  void aMatchTheTaggerHeldBackIsAdmittedWithItsEvidenceWhereTheAbstractIsAboutIt() throws Exception {
    // A real record: "legal reasoning" is named once, in the body, and the abstract is about it.
    String record = Files.readString(Path.of("src/test/resources/org/papergraph/api/semantic/held-back-match.txt"));
    HttpResponse<String> ingested = api.send(HttpRequest.newBuilder(api.uri("/api/ingest"))
        .POST(HttpRequest.BodyPublishers.ofString(record)).header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN).build());
    assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(200);
    JsonNode admitted = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (admitted == null && System.nanoTime() < deadline) {
      assertThat(updater.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
      for (JsonNode t : api.json("/api/papers/2507.22432").at("/topics")) {
        if (t.get("id").asString().equals("pwc-task-legal-reasoning")) {
          admitted = t;
        }
      }
      if (admitted == null) {
        Thread.sleep(200);
      }
    }
    assertThat(admitted).as("the held-back match, admitted").isNotNull();
    assertThat(admitted.get("score").asDouble()).as("a label of two words named once, in the body").isEqualTo(0.55);
    // The similarity is stored to three decimals: half a thousandth of it, weighted, is the slack.
    assertThat(admitted.get("score").asDouble() + TopicCheck.WEIGHT * admitted.get("semanticSimilarity").asDouble())
        .isGreaterThanOrEqualTo(TopicCheck.ADMIT - TopicCheck.WEIGHT * 5e-4);
    assertThat(admitted.at("/evidence/0/matchedText").asString()).isEqualTo("legal reasoning");
    assertThat(admitted.at("/evidence/0/textPosition").asString()).endsWith("BodySentence");
  }
}
