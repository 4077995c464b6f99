package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tagger against the judged sample (README.md beside the judged files). The floors are the
 * figures of the tagger when the judgements were made, so that a change that makes topics worse
 * fails; they are raised as the tagger gets better, and are not the targets.
 *
 * <p>Prints the report, and writes every paper's assignments with their verdicts to {@code
 * target/topic-assignments.tsv}: the list to judge from when a change brings new assignments.
 */
class TopicQualityTest {
  private static final Path LISTING = Path.of("target", "topic-assignments.tsv");
  private static final Path HELD_OUT_LISTING = Path.of("target", "topic-assignments-heldout.tsv");
  private static final Path HELD_OUT_2_LISTING = Path.of("target", "topic-assignments-heldout-2.tsv");
  private static final Path HELD_OUT_3_LISTING = Path.of("target", "topic-assignments-heldout-3.tsv");
  private static final Path HELD_OUT_4_LISTING = Path.of("target", "topic-assignments-heldout-4.tsv");
  private static final Path HELD_OUT_5_LISTING = Path.of("target", "topic-assignments-heldout-5.tsv");
  private static final Path HELD_OUT_6_LISTING = Path.of("target", "topic-assignments-heldout-6.tsv");
  private static final Path HELD_OUT_7_LISTING = Path.of("target", "topic-assignments-heldout-7.tsv");
  private static final Path HELD_OUT_8_LISTING = Path.of("target", "topic-assignments-heldout-8.tsv");

  @Test
  void topicsAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = TopicEvaluation.evaluateShared();
    TopicEvaluation.print(f, System.out);
    Files.createDirectories(LISTING.getParent());
    try (PrintStream out = new PrintStream(Files.newOutputStream(LISTING), true, StandardCharsets.UTF_8)) {
      TopicEvaluation.list(TestTopics.tagger(), TopicEvaluation.records(), TopicEvaluation.judgements(), out);
    }

    assertThat(f.papers()).isGreaterThanOrEqualTo(200);
    assertThat(f.unjudged())
        .as("assignments nobody judged; judge them from %s (see README.md beside the judgements)", LISTING.toAbsolutePath())
        .isZero();
    // 0.871 and 0.117 before a paper kept its best match whatever its score (one wrong more) and
    // kinds of a field were folded into it (correct duplicates fewer): both deliberate.
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.872);
    assertThat(f.genericShare()).as("too-generic share").isLessThanOrEqualTo(0.012);
    assertThat(f.wrongShare()).as("wrong share").isLessThanOrEqualTo(0.120);
    // 0.566 before the vocabulary of current terms was grown from this sample's unnamed main subjects;
    // 0.742 and 0.728 before the rule on abstracts' opening subjects (CorpusOpeningTerms): a paper whose
    // only topic was a fallback that named its main subject now has a better-scored, correct one instead
    // (oracle bone inscriptions), and the main subject of another fell to fourth.
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.738);
    assertThat(f.mainRecallWithPartial()).as("main subject or part of it among the topics").isGreaterThanOrEqualTo(0.899);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.723);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.785);
    assertThat(f.noTopicShare()).as("papers with no topic").isZero();
  }

  /**
   * The held-out sample: drawn after the tagger was changed and judged once, so that its
   * figures say how the tagger does on papers it was not tuned on. Its floors are those figures.
   */
  @Test
  void topicsOnTheHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT, "Held-out sample:", HELD_OUT_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_LISTING.toAbsolutePath()).isZero();
    // 0.751, 0.599 and 0.639 before the vocabulary grew by the corpus rule (CorpusAcronymTerms):
    // main subject up one paper, two passing mentions of the new concepts (smaller language models,
    // multiple-choice questions) on papers with few topics, both in their top three.
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.747);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.619);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.599);
  }

  /**
   * The second held-out sample: drawn with a new seed and judged before the tagger's rules on
   * passing mentions and word senses were changed, so that those rules are checked on papers
   * they were not written from. Its floors are the figures after that change.
   */
  @Test
  void topicsOnTheSecondHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_2, "Second held-out sample:", HELD_OUT_2_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_2_LISTING.toAbsolutePath()).isZero();
    // 0.764 and 0.679 before the corpus rule: three passing mentions of its concepts (PEFT, SVD,
    // continual learning named as what others do or as an application).
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.768);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.559);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.679);
  }

  /**
   * The third held-out sample: drawn with a new seed and judged before the vocabulary of current
   * terms was grown from the other sets' misses (then 83.5% correct, 32% main subject, 70% top
   * three). Its floors are the figures after that growth, judged by the same rules.
   */
  @Test
  void topicsOnTheThirdHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_3, "Third held-out sample:", HELD_OUT_3_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_3_LISTING.toAbsolutePath()).isZero();
    // 0.851 before the corpus rule: seven new assignments correct, one passing mention.
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.863);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.419);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.719);
  }

  /**
   * The fourth held-out sample: drawn with a new seed and judged before the tagger's ranking and
   * its treatment of broader and generic topics were changed (then 77.2% correct, 44% main
   * subject, 42% main subject in the top three, 56% top three). Its floors are the figures after
   * those changes; precision 0.2 points lower, from three too-generic fallback topics on papers
   * that had none.
   */
  @Test
  void topicsOnTheFourthHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_4, "Fourth held-out sample:", HELD_OUT_4_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_4_LISTING.toAbsolutePath()).isZero();
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.779);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.459);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.439);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.619);
  }

  /**
   * The fifth held-out sample: drawn with a new seed and judged before the vocabulary of current
   * terms was grown by a corpus-frequency rule (then 79.5% correct, 34% main subject, 34% main
   * subject in the top three, 64% top three). Its floors are the figures after that growth.
   */
  @Test
  void topicsOnTheFifthHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_5, "Fifth held-out sample:", HELD_OUT_5_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_5_LISTING.toAbsolutePath()).isZero();
    // 0.794 before the corpus rule: of its six new assignments four correct, two wrong (AGI as
    // motivation, "region of interest"); 0.784 before the rule on opening subjects: of its nine new
    // assignments seven correct, two passing mentions (adverse weather conditions, embodied AI).
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.794);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.359);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.359);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.659);
  }

  /**
   * The sixth held-out sample: drawn with a new seed and judged before the vocabulary was grown
   * from the corpus by a rule that takes terms without acronyms (then 75.8% correct, 30% main
   * subject, 28% main subject in the top three, 54% top three). Its floors are the figures after
   * that growth ({@link CorpusOpeningTerms}), its new assignments judged by the same rules.
   */
  @Test
  void topicsOnTheSixthHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_6, "Sixth held-out sample:", HELD_OUT_6_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_6_LISTING.toAbsolutePath()).isZero();
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.792);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.299);
    assertThat(f.mainRecallWithPartial()).as("main subject or part of it among the topics").isGreaterThanOrEqualTo(0.639);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.279);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.579);
  }

  /**
   * The seventh held-out sample: drawn with a new seed, its main subjects set down by reading before
   * the tagger was run on it, then every assignment of the tagger of 6c0f374 judged (85.5% correct,
   * 18% main subject, 44% counting partial, 12% main subject in the top three, 72% top three, two
   * papers without a topic). Its floors are the figures after the rule it led to, read in their
   * model senses ({@link TopicTagger#MODEL_SENSES}: 87.6% correct, 74% top three).
   */
  @Test
  void topicsOnTheSeventhHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_7, "Seventh held-out sample:", HELD_OUT_7_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_7_LISTING.toAbsolutePath()).isZero();
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.875);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.179);
    assertThat(f.mainRecallWithPartial()).as("main subject or part of it among the topics").isGreaterThanOrEqualTo(0.439);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.119);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.739);
  }

  /**
   * The eighth held-out sample: drawn and its main subjects set down after the seventh's round, the
   * assignments of the tagger before that round's rule judged (81.1% correct, 18% main subject, 48%
   * counting partial, 18% main subject in the top three, 66% top three, no paper without a topic).
   * Its floors are the figures with the rule (one wrong sense fewer: 81.7% correct).
   */
  @Test
  void topicsOnTheEighthHeldOutSampleAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.HELD_OUT_8, "Eighth held-out sample:", HELD_OUT_8_LISTING);
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", HELD_OUT_8_LISTING.toAbsolutePath()).isZero();
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.816);
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.179);
    assertThat(f.mainRecallWithPartial()).as("main subject or part of it among the topics").isGreaterThanOrEqualTo(0.479);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.179);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.659);
    assertThat(f.noTopicShare()).as("papers without a topic").isZero();
  }

  /** Prints a held-out set's report and writes its assignments with their verdicts to {@code listing}. */
  private static TopicEvaluation.Figures scoreAndList(TopicEvaluation.JudgedSet set, String heading, Path listing) throws IOException {
    TopicEvaluation.Figures f = TopicEvaluation.evaluateShared(set);
    System.out.println(heading);
    TopicEvaluation.print(f, System.out);
    Files.createDirectories(listing.getParent());
    try (PrintStream out = new PrintStream(Files.newOutputStream(listing), true, StandardCharsets.UTF_8)) {
      TopicEvaluation.list(TestTopics.tagger(), TopicEvaluation.records(set), TopicEvaluation.judgements(set), out);
    }
    return f;
  }
}
