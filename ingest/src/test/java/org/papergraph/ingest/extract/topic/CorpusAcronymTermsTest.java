package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusAcronymTermsTest {

  @Test
  void aDefinitionIsTheFewestWordsWhoseInitialsOrHyphenatedPartsSpellTheAcronym() {
    assertThat(CorpusAcronymTerms.definitions("We study retrieval-augmented generation (RAG) and test-time adaptation (TTA)."))
        .containsExactly(
            new CorpusAcronymTerms.Definition("retrieval-augmented generation", "RAG"),
            new CorpusAcronymTerms.Definition("test-time adaptation", "TTA"));
    assertThat(CorpusAcronymTerms.definitions("Models fine-tuned with low-rank adaptation (LoRA) and large language models (LLMs)."))
        .containsExactly(
            new CorpusAcronymTerms.Definition("low-rank adaptation", "LoRA"),
            new CorpusAcronymTerms.Definition("large language models", "LLM"));
    assertThat(CorpusAcronymTerms.definitions("results on the benchmark (MMLU) and a score (AB)")).isEmpty();
  }

  @Test
  void spellingsThatDifferInCaseHyphensApostrophesOrPluralAreOneTerm() {
    assertThat(CorpusAcronymTerms.key("Bird's-Eye Views")).isEqualTo(CorpusAcronymTerms.key("bird's eye view"));
    assertThat(CorpusAcronymTerms.key("Mixture of Experts")).isEqualTo(CorpusAcronymTerms.key("mixture of expert"));
    assertThat(CorpusAcronymTerms.key("contrastive language-image pre-training")).isEqualTo(CorpusAcronymTerms.key("Contrastive Language-Image Pretraining"));
    assertThat(CorpusAcronymTerms.key("video anomaly detection")).isNotEqualTo(CorpusAcronymTerms.key("anomaly detection"));
  }

  @Test
  void aTermIsALongFormManyAbstractsDefineThatNoSchemeNamesAndThatIsNoMeasure() throws Exception {
    List<String> abstracts = new ArrayList<>();
    repeat(abstracts, 12, "We propose widget flow estimation (WFE) for gadgets.");
    repeat(abstracts, 11, "We propose gizmo parsing tricks (GPT) for gadgets.");
    repeat(abstracts, 12, "Large language models (LLMs) are everywhere.");
    repeat(abstracts, 12, "We report the widget error rate (WER).");
    repeat(abstracts, 12, "We detect events by video anomaly detection (VAD).");
    repeat(abstracts, 12, "Frobnicated tensor caching (FTC) helps.");
    repeat(abstracts, 12, "Fast token compression (FTC) helps.");
    repeat(abstracts, 12, "Quokka reasoning (QR) helps.");
    repeat(abstracts, 12, "It runs at 30 frames per second (FPS).");
    repeat(abstracts, 12, "Object detection systems (ODS) see.");
    repeat(abstracts, 12, "Very deep neural networks (VDNN) see.");
    repeat(abstracts, 12, "Scans by optical coherence tomography (OCT) help.");
    repeat(abstracts, 11, "Visual language models (VLMs) see.");
    abstracts.add("Visual-language models (VLMs) see.");
    abstracts.add("We propose widget flow-estimation (WFE) too.");

    List<CorpusAcronymTerms.Term> terms = CorpusAcronymTerms.select(abstracts, beforeGrowth());

    assertThat(terms).extracting(CorpusAcronymTerms.Term::label)
        .containsExactlyInAnyOrder(
            "widget flow estimation", "video anomaly detection", "frobnicated tensor caching", "fast token compression", "quokka reasoning", "visual language models");
    CorpusAcronymTerms.Term wfe = terms.stream().filter(t -> t.slug().equals("widget-flow-estimation")).findFirst().orElseThrow();
    assertThat(wfe.acronym()).isEqualTo("WFE");
    assertThat(wfe.abstracts()).isEqualTo(13);
    assertThat(wfe.altLabels()).as("a spelling one abstract used is not a label").isEmpty();
    assertThat(wfe.variantOf()).isNull();
    CorpusAcronymTerms.Term vlm = terms.stream().filter(t -> t.label().equals("visual language models")).findFirst().orElseThrow();
    assertThat(vlm.variantOf()).as("VLM is the acronym of Papergraph's vision-language models").isEqualTo("vision-language-models");
    assertThat(wfe.broaderSlug()).as("no scheme names flow estimation").isNull();
    CorpusAcronymTerms.Term vad = terms.stream().filter(t -> t.slug().equals("video-anomaly-detection")).findFirst().orElseThrow();
    assertThat(vad.broaderSlug()).isEqualTo("anomaly-detection");
    assertThat(terms).filteredOn(t -> t.label().endsWith("caching") || t.label().endsWith("compression"))
        .as("an acronym half the corpus uses for something else is not matched")
        .allSatisfy(t -> assertThat(t.acronym()).isNull());
    assertThat(terms).filteredOn(t -> t.label().equals("quokka reasoning"))
        .as("a two-letter acronym is too ambiguous to match as written")
        .allSatisfy(t -> assertThat(t.acronym()).isNull());
  }

  @Test
  void theGeneratedConceptsAreValidPapergraphTopics() throws Exception {
    List<String> abstracts = new ArrayList<>();
    repeat(abstracts, 12, "We detect events by video anomaly detection (VAD).");
    repeat(abstracts, 12, "Visual language models (VLMs) see.");
    TopicReference reference = beforeGrowth();
    String ttl = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        + "@prefix pgt: <https://w3id.org/papergraph/topic/> .\n"
        + "<https://w3id.org/papergraph/topics> a skos:ConceptScheme ; dcterms:title \"t\"@en ; dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;"
        + " dcterms:source <https://w3id.org/papergraph/topics> ; dcterms:bibliographicCitation \"c\"@en .\n"
        + "pgt:vision-language-models a skos:Concept ; skos:prefLabel \"vision-language models\"@en ; skos:altLabel \"VLM\"@en .\n"
        + CorpusAcronymTerms.turtle(CorpusAcronymTerms.select(abstracts, reference), reference);

    TopicScheme scheme = PapergraphTopics.load(new java.io.ByteArrayInputStream(ttl.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "generated", reference.cso(), reference.pwc());

    TopicConcept vad = scheme.concept("video-anomaly-detection");
    assertThat(vad.prefLabel()).isEqualTo("video anomaly detection");
    assertThat(vad.altLabels()).containsExactly("VAD");
    assertThat(vad.broader()).containsExactly("anomaly-detection");
    assertThat(scheme.concept("visual-language-models")).isNull();
    assertThat(scheme.concept("vision-language-models").altLabels()).as("the generated block adds a label to it").containsExactly("VLM", "visual language models");
  }

  /** The schemes as they were before the generated blocks: what the rules count as named. */
  static TopicReference beforeGrowth() throws java.io.IOException {
    return CorpusAcronymTerms.withoutGeneratedBlock(
        TestTopics.reference(), java.nio.file.Files.readString(TestTopics.SEEDS.resolve(TopicReference.CURATED_FILE)));
  }

  static void repeat(List<String> abstracts, int times, String text) {
    for (int i = 0; i < times; i++) {
      abstracts.add(text + " Paper " + i + ".");
    }
  }
}
