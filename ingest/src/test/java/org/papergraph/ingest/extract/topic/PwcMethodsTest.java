package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PwcMethodsTest {

  @Test
  void methodsHangBelowTheirCollectionsAndCollectionsBelowTheCsoTopicTheyName() {
    TopicScheme pwc = TestTopics.reference().pwc();
    TopicConcept vit = pwc.concept("pwc-vision-transformer");
    assertThat(vit.prefLabel()).isEqualTo("Vision Transformer");
    assertThat(vit.sourceIri()).isEqualTo("https://paperswithcode.com/method/vision-transformer");
    assertThat(vit.broader()).contains("pwc-collection-vision-transformers");
    assertThat(pwc.concept("pwc-collection-vision-transformers").broader()).containsExactly("encoder-decoder");
    TopicConcept gcn = pwc.concept("pwc-gcn");
    assertThat(gcn.prefLabel()).isEqualTo("Graph Convolutional Network");
    assertThat(gcn.altLabels()).containsExactly("GCN");
    assertThat(pwc.concept("pwc-collection-graph-models").broader()).containsExactly("graph-neural-networks");
    assertThat(pwc.concept("pwc-collection-object-detection-models").broader()).containsExactly("object-detection");
    assertThat(pwc.concept("pwc-collection-mixture-of-experts").prefLabel()).isEqualTo("Mixture-of-Experts");
  }

  @Test
  void aMethodWithoutNameIsReportedWithItsPosition() {
    String json = "[{\"url\": \"https://paperswithcode.com/method/a\", \"name\": \"A\"}, {\"url\": \"https://paperswithcode.com/method/b\"}]";
    assertThatThrownBy(() -> PwcMethods.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json", TestTopics.reference().cso()))
        .hasMessageContaining("m.json method #2")
        .hasMessageContaining("'name'");
  }
}
