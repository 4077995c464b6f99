package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PwcTasksTest {

  private static TopicScheme load(String tsv) throws IOException {
    TopicReference ref = TestTopics.reference();
    return PwcTasks.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "tasks.tsv", ref.cso(), ref.pwc(), ref.curated());
  }

  @Test
  void theShippedListNamesTasksTheOtherSchemesLackUnderTheirParentAndTheirCsoHead() {
    TopicScheme tasks = TestTopics.reference().tasks();
    assertThat(tasks.name()).isEqualTo("pwc-tasks");
    assertThat(tasks.licence()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
    TopicConcept search = tasks.concept("pwc-task-person-search");
    assertThat(search.prefLabel()).isEqualTo("Person Search");
    assertThat(search.sourceIri()).isEqualTo("https://paperswithcode.com/task/person-search");
    // Under its parent task and the CSO topic of its head.
    assertThat(tasks.concept("pwc-task-skeleton-based-action-recognition").broader()).containsExactly("pwc-task-action-detection", "action-recognition");
    // A parent sharing no word with the task is a wrong row of the file, not a broader task.
    assertThat(tasks.concept("pwc-task-text-style-transfer").broader()).isEmpty();
    // CSO's own topics are not repeated as tasks.
    assertThat(tasks.concepts()).noneMatch(c -> c.prefLabel().equalsIgnoreCase("Object Detection"));
    assertThat(tasks.concepts()).noneMatch(c -> c.prefLabel().equalsIgnoreCase("Automatic Speech Recognition"));
    // Nor with a prefix written apart: "Multi-Task Learning" is CSO's "multitask learning".
    assertThat(tasks.concept("pwc-task-multi-task-learning")).isNull();
    // Excluded as ordinary phrases.
    assertThat(tasks.concepts()).noneMatch(c -> c.prefLabel().equalsIgnoreCase("Decision Making"));
  }

  @Test
  void benchmarkSettingsOneWordNamesAndLanguagePairsAreNoConcepts() throws IOException {
    TopicScheme tasks =
        load(
            """
            # comment
            task\tparent\tdatasets
            Gloss Grounding Zorbing\t\t3
            Zorbing Classification (1-shot)\t\t0
            Overlapped 15-1\t\t0
            Age/Unbiased\t\t0
            Zorbing\t\t0
            Translation bul-deu\t\t0
            Speech Zorbing - Hindi\t\t0
            Zorbing Quality Estimation (ZQE)\tGloss Grounding Zorbing\t1
            3D Zorbing Detection\t\t2
            """);
    assertThat(tasks.concepts()).extracting(TopicConcept::prefLabel).containsExactly("Gloss Grounding Zorbing", "Zorbing Quality Estimation", "3D Zorbing Detection");
    TopicConcept zqe = tasks.concept("pwc-task-zorbing-quality-estimation");
    assertThat(zqe.altLabels()).containsExactly("ZQE");
    assertThat(zqe.broader()).containsExactly("pwc-task-gloss-grounding-zorbing");
  }

  @Test
  void namesOfTheSameWordsAreOneConceptAndTheHeadLinksIntoCso() throws IOException {
    TopicScheme tasks =
        load(
            """
            task\tparent\tdatasets
            Zorbing Action RecognitionΩ\t\t1
            Zorbing  Action Recognition\t\t1
            zorbing action recognition\t\t1
            """);
    assertThat(tasks.concepts()).hasSize(1);
    TopicConcept c = tasks.concept("pwc-task-zorbing-action-recognition");
    assertThat(c.prefLabel()).isEqualTo("Zorbing Action Recognition");
    assertThat(c.altLabels()).containsExactly("zorbing action recognition");
    assertThat(c.broader()).containsExactly("action-recognition");
  }

  @Test
  void anAcronymIsKeptOnlyWhereItSpellsTheNameAndNoOtherTaskGivesIt() throws IOException {
    TopicScheme tasks =
        load(
            """
            task\tparent\tdatasets
            Gloss Zorbing Recognition (GZR)\t\t1
            Zero-shot Gloss Zorbing Recognition (GZR)\t\t1
            Quiet Zorbing (QZ)\t\t1
            Quaint Zorbing (QZ)\t\t1
            Zorbing Quality (ZQ2)\t\t1
            """);
    assertThat(tasks.concept("pwc-task-gloss-zorbing-recognition").altLabels()).containsExactly("GZR");
    assertThat(tasks.concept("pwc-task-zero-shot-gloss-zorbing-recognition").altLabels()).isEmpty();
    // Given by two tasks, "QZ" names neither; one with a digit is a benchmark's, not the task's.
    assertThat(tasks.concept("pwc-task-quiet-zorbing").altLabels()).isEmpty();
    assertThat(tasks.concept("pwc-task-quaint-zorbing").altLabels()).isEmpty();
    assertThat(tasks.concept("pwc-task-zorbing-quality").altLabels()).isEmpty();
  }

  @Test
  void everyExclusionNamesATaskOfTheShippedFile() throws IOException {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String line : java.nio.file.Files.readAllLines(TestTopics.SEEDS.resolve(TopicReference.TASKS_FILE))) {
      PwcTasks.Name name = PwcTasks.name(line.split("\t", -1)[0]);
      if (name != null) {
        names.add(name.label().toLowerCase(java.util.Locale.ROOT));
      }
    }
    assertThat(TopicTagger.dataLines(PwcTasks.EXCLUDED)).allSatisfy(e -> assertThat(names).as("a task named %s", e).contains(e));
  }

  @Test
  void aTaskIsNotUnderAMethodAndTwoTasksOfOneMethodTagWithoutFailing() {
    // "Colorization" is a Papers with Code method, no broader topic of its tasks; two of them in one
    // paper once made enhancement look for the method's collection among CSO's topics.
    assertThat(TestTopics.reference().tasks().concept("pwc-task-line-art-colorization").broader()).noneMatch(b -> b.startsWith("pwc-") && !b.startsWith("pwc-task-"));
    assertThat(TestTopics.tagger().tag(null, "Line art colorization and point-interactive image colorization."))
        .extracting(TopicAssignment::slug)
        .contains("pwc-task-line-art-colorization", "pwc-task-point-interactive-image-colorization");
  }

  @Test
  void aMalformedRowIsReportedWithItsLine() throws IOException {
    assertThatThrownBy(() -> load("task\tparent\tdatasets\nGloss Zorbing\t\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tasks.tsv line 2")
        .hasMessageContaining("3 tab-separated columns");
    assertThatThrownBy(() -> load("task\tparent\tdatasets\nGloss Zorbing\t\tmany\n"))
        .hasMessageContaining("tasks.tsv line 2")
        .hasMessageContaining("not a number: many");
    assertThatThrownBy(() -> load("name\tparent\tdatasets\n")).hasMessageContaining("line 1: expected the header");
    assertThatThrownBy(() -> load("# only a comment\n")).hasMessageContaining("no header row");
    // A line ending of a CRLF checkout, and an empty last column, are read.
    assertThat(load("task\tparent\tdatasets\r\nGloss Zorbing\t\t\r\nQuiet Zorbing\t\t\n").concepts()).hasSize(2);
  }
}
