package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.ingest.extract.topic.CorpusAcronymTermsTest.beforeGrowth;
import static org.papergraph.ingest.extract.topic.CorpusAcronymTermsTest.repeat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusOpeningTermsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Composed image retrieval aims to find a target image.|composed image retrieval",
        "Person re-identification (ReID) is a core task.|person re-identification",
        "In recent years, spatial transcriptomics has advanced.|spatial transcriptomics",
        "Recently, knowledge tracing has drawn interest.|knowledge tracing",
        "Web agents powered by LLMs browse the web.|web agents",
        "Monocular 3D lane detection remains hard.|monocular 3d lane detection",
        "Stance detection in tweets is studied here.|stance detection",
      })
  void theOpeningSubjectIsTheWordsBeforeTheFirstVerbParenthesisOrPreposition(String abstractText, String subject) {
    assertThat(CorpusOpeningTerms.opening(abstractText)).isEqualTo(subject);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "This paper studies retrieval.",
        "Recent studies show that models fail.",
        "While large language models excel, they fail.",
        "Training large language models is costly.",
        "Transformer-based models dominate vision.",
        "Remarkable progress has been made.",
        "Background and objective: we study hearts.",
        "Hearts are studied.",
        "The growing use of drones is reshaping farms.",
        "Multi-scale spatio-temporal graph attention networks for traffic are proposed.",
        "Deep neural networks are everywhere.",
      })
  void anOpeningThatIsNoSubjectIsNone(String abstractText) {
    assertThat(CorpusOpeningTerms.opening(abstractText)).isNull();
  }

  @Test
  void aTermIsASubjectEnoughAbstractsOpenWithThatNoSchemeNamesAndThatIsNoKindOfAModel() throws Exception {
    List<String> abstracts = new ArrayList<>();
    repeat(abstracts, 3, "Widget flow estimation is hard.");
    repeat(abstracts, 2, "Gizmo parsing is hard.");
    repeat(abstracts, 3, "Large language models are everywhere.");
    repeat(abstracts, 3, "Video anomaly detection remains open.");
    repeat(abstracts, 3, "Object detection systems are common.");
    repeat(abstracts, 3, "Deep learning models are common.");
    repeat(abstracts, 3, "Autoregressive models are common.");
    repeat(abstracts, 3, "Speech recognition models are common.");
    repeat(abstracts, 3, "Widget error rates are reported.");
    abstracts.add("Widget flow-estimation is hard.");

    List<CorpusAcronymTerms.Term> terms = CorpusOpeningTerms.select(abstracts, beforeGrowth());

    assertThat(terms).extracting(CorpusAcronymTerms.Term::label).containsExactly("widget flow estimation", "video anomaly detection");
    CorpusAcronymTerms.Term wfe = terms.get(0);
    assertThat(wfe.abstracts()).isEqualTo(4);
    assertThat(wfe.altLabels()).as("a spelling one abstract used is not a label").isEmpty();
    assertThat(wfe.acronym()).isNull();
    assertThat(wfe.broaderSlug()).isNull();
    assertThat(terms.get(1).broaderSlug()).as("its longest ending a scheme names").isEqualTo("anomaly-detection");
  }

  @Test
  void theGeneratedBlockReplacesItsOwnAndLeavesTheAcronymBlock() {
    String ttl = "head\n" + CorpusAcronymTerms.BEGIN + "\nold acronym terms\n" + CorpusAcronymTerms.END + "\n";
    String once = CorpusAcronymTerms.withBlock(ttl, CorpusOpeningTerms.BEGIN, CorpusOpeningTerms.END, CorpusOpeningTerms.BEGIN + "\nA\n" + CorpusOpeningTerms.END + "\n");
    String twice = CorpusAcronymTerms.withBlock(once, CorpusOpeningTerms.BEGIN, CorpusOpeningTerms.END, CorpusOpeningTerms.BEGIN + "\nB\n" + CorpusOpeningTerms.END + "\n");

    assertThat(twice).contains("old acronym terms").contains("\nB\n").doesNotContain("\nA\n");
    assertThat(twice.indexOf(CorpusOpeningTerms.BEGIN)).isGreaterThan(twice.indexOf(CorpusAcronymTerms.END));
  }
}
