package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsoOntologyTest {
  private static final String T = "https://cso.kmi.open.ac.uk/topics/";
  private static final String S = "http://cso.kmi.open.ac.uk/schema/cso#";

  @Test
  void onlyPreferredTopicsBecomeConceptsAndSynonymsBecomeAltLabels() {
    TopicScheme cso = TestTopics.reference().cso();
    TopicConcept diffusion = cso.concept("diffusion-probabilistic-models");
    assertThat(diffusion.prefLabel()).isEqualTo("diffusion probabilistic models");
    assertThat(diffusion.altLabels()).contains("diffusion models");
    assertThat(diffusion.sourceIri()).isEqualTo(T + "diffusion_probabilistic_models");
    assertThat(cso.concept("diffusion-models")).isNull();
    TopicConcept congestion = cso.concept("congestion-control-%28communication%29");
    assertThat(congestion.altLabels()).contains("congestion control");
    assertThat(cso.concept("knowledge-distillation").broader()).isNotEmpty();
    assertThat(cso.concept("graph-neural-networks").broader()).contains("neural-networks");
  }

  @Test
  void everyBroaderAndRelatedTargetIsAConceptOfTheScheme() {
    TopicScheme cso = TestTopics.reference().cso();
    Set<String> slugs = new HashSet<>();
    cso.concepts().forEach(c -> slugs.add(c.slug()));
    assertThat(cso.size()).isBetween(10_000, 14_636);
    List<String> problems = new ArrayList<>();
    for (TopicConcept c : cso.concepts()) {
      for (String target : c.broader()) {
        if (!slugs.contains(target) || target.equals(c.slug())) {
          problems.add(c.slug() + " broader " + target);
        }
      }
      c.related().stream().filter(r -> !slugs.contains(r)).forEach(r -> problems.add(c.slug() + " related " + r));
      if (c.altLabels().contains(c.prefLabel())) {
        problems.add(c.slug() + " has its preferred label as an alternative");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void foldsTopicsThatDifferOnlyInHyphensOrNumber() {
    String csv =
        row("decode-and-forward", "label", "\"decode-and-forward\"@en .")
            + row("decode_and_forward", "label", "\"decode and forward\"@en .")
            + row("relay", "label", "\"relays\"@en .")
            + row("relays", "label", "\"relay\"@en .")
            + type("decode-and-forward") + type("decode_and_forward") + type("relay") + type("relays")
            + "\"<" + T + "relays>\",\"<" + S + "superTopicOf>\",\"<" + T + "decode-and-forward>\"\n";
    TopicScheme scheme = load(csv);
    assertThat(scheme.concepts()).extracting(TopicConcept::slug).containsExactly("decode-and-forward", "relay");
    assertThat(scheme.concept("decode-and-forward").prefLabel()).isEqualTo("decode and forward");
    assertThat(scheme.concept("decode-and-forward").broader()).containsExactly("relay");
  }

  @Test
  void aBadRowIsReportedWithItsLine() {
    String csv = type("a") + "\"<" + T + "a>\",\"<" + S + "label>\"\n";
    assertThatThrownBy(() -> load(csv)).hasMessageContaining("test.csv line 2");
    String unknown = type("a") + row("a", "inventedPredicate", "<" + T + "a>\"");
    assertThatThrownBy(() -> load(unknown)).hasMessageContaining("line 2").hasMessageContaining("unknown predicate");
  }

  private static String type(String local) {
    return "\"<" + T + local + ">\",\"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>\",\"<" + S + "Topic>\"\n";
  }

  private static String row(String local, String predicate, String object) {
    String p = predicate.equals("label") ? "http://www.w3.org/2000/01/rdf-schema#label" : S + predicate;
    return "\"<" + T + local + ">\",\"<" + p + ">\"," + (object.startsWith("<") ? "\"" + object : object) + "\n";
  }

  private static TopicScheme load(String csv) {
    try {
      return CsoOntology.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
