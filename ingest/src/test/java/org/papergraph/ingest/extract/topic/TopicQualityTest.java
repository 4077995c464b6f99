package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
    // 0.873 and 0.117 before measures results are reported in were scored as least specific
    // (reported-measures.txt): three wrong and one correct ("signal to noise") fewer, and one wrong
    // more (a "Pearson correlation" left as a paper's best match).
    // 0.875 and 0.114 before words of learned models also covered demonstrations, linear complexity
    // and frames, "selection" stopped meaning genetic selection, and "real-time applications" and
    // "AI applications" became non-topical.
    // 0.877 and 0.795 (top three) before measures got a specificity of their own and stopped being a
    // paper's only topic (a "Pearson correlation" replaced by a correct "cognitive impairment").
    // 0.877, 0.112 (wrong) and 0.804 (top three) before "budgets" was read in its model sense and
    // four properties were made non-topical (2026-12-04).
    // 0.012 (too generic) and 0.108 (wrong) before "form factors" became non-topical (2026-12-05):
    // a paper (metasurface depth imaging) whose one topic it was now keeps its best remaining match
    // instead, "neural network" named once, too generic.
    // 0.885, 0.013, 0.780 (main subject), 0.770 (in the top three) and 0.809 (top three all correct)
    // before "medical image analysis" stopped naming medical image classification (2026-12-05): the
    // paper on a cross-attention classifier for radiology says only "medical image analysis", now
    // the field (judged correct, no main subject), and "image analysis" inside it is matched again.
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.891);
    assertThat(f.genericShare()).as("too-generic share").isLessThanOrEqualTo(0.014);
    assertThat(f.wrongShare()).as("wrong share").isLessThanOrEqualTo(0.095);
    // 0.566 before the vocabulary of current terms was grown from this sample's unnamed main subjects;
    // 0.742 and 0.728 before the rule on abstracts' opening subjects (CorpusOpeningTerms): a paper whose
    // only topic was a fallback that named its main subject now has a better-scored, correct one instead
    // (oracle bone inscriptions), and the main subject of another fell to fourth.
    // 0.738, 0.899 and 0.723 before the Papers with Code tasks, whose slugs were then given to the
    // main rows whose subject a task names (README beside the judgements).
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(0.776);
    assertThat(f.mainRecallWithPartial()).as("main subject or part of it among the topics").isGreaterThanOrEqualTo(0.928);
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(0.766);
    // 0.785 before the same rules.
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.818);
    assertThat(f.noTopicShare()).as("papers with no topic").isZero();
  }

  /**
   * A held-out sample and the floors it is held to: its figures when it was judged, raised where a
   * later change made them better (what each change did is said beside its entry).
   */
  record HeldOut(
      String name, TopicEvaluation.JudgedSet set, double precision, double mainRecall, double mainRecallWithPartial, double mainInTop3, double top3Precision, double noTopic) {
    @Override
    public String toString() {
      return name;
    }

    Path listing() {
      return Path.of("target", set.records().replace("arxiv-", "topic-assignments-").replace(".txt", ".tsv"));
    }
  }

  static Stream<HeldOut> heldOutSamples() {
    // The floors of the samples that "degrees of freedom", "frames" and "image quality" as
    // non-topical phrases, CSO's acronyms written only inside a label ("SLAM") and "LLM-as-judge"
    // moved are the figures those changes reached (2026-12-04), as are those one word read as what
    // three initials or more stand for moved. Every floor a set's figure had risen above was raised
    // to that figure when fifteen phrases became non-topical and "grasp" robotic grasping
    // (2026-12-05): since the sets were judged, the rules they led to and the concepts added from
    // their main subjects had moved them up. The tenth's, twentieth's and thirty-first's were raised
    // again when "medical image analysis" stopped naming medical image classification (a wrong
    // sense fewer on each). Every floor a set's figure had risen above was raised to it again when
    // "multi-hop" became reasoning in papers on language models, co-design stopped naming
    // participatory design, seven phrases became non-topical and four concepts were added
    // (2026-12-05), and again when nine concepts for subjects that recur among the unnamed main
    // subjects were added (2026-12-05).
    return Stream.of(
        // Drawn after the tagger was changed and judged once. 0.751, 0.599 and 0.639 before the
        // vocabulary grew by the corpus rule (CorpusAcronymTerms): main subject up one paper, two
        // passing mentions of the new concepts (smaller language models, multiple-choice questions).
        // With the Papers with Code tasks (every set): 0.747, 0.699 and 0.599 (precision, counting
        // partial, top three) before; a task's head now also names the concept of Papergraph's
        // vocabulary it ends in ("text-based image editing" is image editing).
        // 0.755 before "single image", "reference image" and "user query" became non-topical.
        // Lowered by two passing mentions when ten concepts were added from the main subjects of
        // samples 20 to 30 (2026-12-05): memorization and writing support named in passing.
        new HeldOut("Held-out sample", TopicEvaluation.HELD_OUT, 0.783, 0.619, 0.719, 0.599, 0.619, 0.0),
        // Judged before the rules on passing mentions and word senses were changed. 0.764 and 0.679
        // before the corpus rule: three passing mentions of its concepts (PEFT, SVD, continual
        // learning); 0.757 and 0.660 before the model-sense rule (one wrong "cache" fewer, a correct
        // KV cache compression more).
        // Before the tasks 0.768 and 0.679: three of its ten task assignments are wrong (image to
        // text and point-cloud upsampling as passing mentions, "robust classification" as a phrase),
        // and one stands in its top three; kept lower on purpose, for main subject on unseen papers.
        // 0.559, 0.799 and 0.519 before British spellings were folded ("dialogue" meets "dialog").
        // 0.772 before the phrases of topic-cues.txt: "applying large language models (LLMs) and
        // agents" in a benchmark's motivation now names LLM agents.
        new HeldOut("Second held-out sample", TopicEvaluation.HELD_OUT_2, 0.768, 0.599, 0.819, 0.559, 0.659, 0.02),
        // Judged before the vocabulary of current terms was grown from the other sets' misses (then
        // 83.5% correct, 32% main subject, 70% top three); 0.851 before the corpus rule.
        // 0.883 and top three 0.739 before the phrases of topic-cues.txt: "an LLM as an internal
        // economy of agents" (attention heads) now names LLM agents, in its top three; and a right
        // LLM agents of one mention is no longer counted twice, by its label and by the phrase.
        new HeldOut("Third held-out sample", TopicEvaluation.HELD_OUT_3, 0.877, 0.479, 0.779, 0.459, 0.719, 0.02),
        // Judged before the ranking and the treatment of broader and generic topics were changed
        // (then 77.2% correct, 44% main subject, 42% in the top three, 56% top three); precision 0.2
        // points lower after them, from three too-generic fallback topics on papers that had none.
        // Before the tasks 0.779 and 0.619 (three passing mentions or wrong senses of tasks, one of
        // them in a top three); main subject up from 0.459. Top three 0.579 before acronyms were read
        // with the words after them: "KG embeddings" now counts for knowledge graph embedding, not
        // knowledge graphs, which falls behind a wrong "low-dimensional spaces" on one paper.
        // 0.772 before reported measures were scored as least specific (a signal-to-noise ratio named in passing).
        // 0.778 and 0.559 before British spellings were folded ("opinion summarisation").
        new HeldOut("Fourth held-out sample", TopicEvaluation.HELD_OUT_4, 0.800, 0.539, 0.619, 0.499, 0.599, 0.0),
        // Judged before the vocabulary was grown by the corpus-frequency rule (then 79.5% correct, 34%
        // main subject, 34% in the top three, 64% top three); 0.794 before the corpus rule (AGI as
        // motivation, "region of interest"), 0.784 before the rule on opening subjects (adverse
        // weather conditions, embodied AI), 0.789 before the model-sense rule.
        // 0.794 before the tasks (one passing mention among five task assignments).
        // 0.792 and 0.66 before those model-sense words, "selection" and the two non-topical phrases.
        // 0.806 before "grid-based" was made non-topical (2026-12-04); that took the only topic,
        // judged wrong, of a paper on a competition system no concept names, so two papers of the
        // 50 have no topic (0.04), one more than before.
        // Raised after Mamba, HD map construction and consistency models were added (2026-12-04).
        // Lowered when "conversational QA" came to be read as conversational question answering
        // (2026-12-05): one evaluation task among several, a passing mention.
        // Top three lowered from 0.719 when proactive conversational AI was added (2026-12-07): a
        // paper on general user models, with no topic above the floor, now keeps "proactive
        // assistants" (0.55), one of the applications it demonstrates and judged a passing mention,
        // where it kept human-computer interaction (0.50) before.
        new HeldOut("Fifth held-out sample", TopicEvaluation.HELD_OUT_5, 0.828, 0.399, 0.599, 0.399, 0.699, 0.04),
        // Judged before the vocabulary was grown by the rule on opening subjects (then 75.8% correct,
        // 30% main subject, 28% in the top three, 54% top three, CorpusOpeningTerms); 0.787 and 0.56
        // before the model-sense rule.
        // 0.827 before reported measures were scored as least specific.
        // 0.832 and 0.66 before the same rules.
        // Raised after Mamba, HD map construction and consistency models were added (2026-12-04).
        // Main subject 0.399 until benchmarks built to evaluate language models were read as on LLM
        // evaluation (2026-12-06): on the intersectional bias benchmark (2508.07111) LLM evaluation,
        // judged acceptable, takes the sixth place from social bias, its main subject.
        new HeldOut("Sixth held-out sample", TopicEvaluation.HELD_OUT_6, 0.854, 0.379, 0.779, 0.359, 0.739, 0.0),
        // Main subjects set down before the tagger ran, then every assignment of the tagger of
        // 6c0f374 judged (85.5% correct, 18% main subject, 44% counting partial, 12% in the top
        // three, 72% top three, two papers without a topic); the floors are after the rule it led
        // to, words read in their model senses (TopicTagger.MODEL_SENSES).
        new HeldOut("Seventh held-out sample", TopicEvaluation.HELD_OUT_7, 0.899, 0.299, 0.539, 0.259, 0.799, 0.021),
        // Drawn and its main subjects set down after the seventh's round; the assignments of the
        // tagger before the model-sense rule judged (81.1% correct, 18% main subject, 48% counting
        // partial, 18% in the top three, 66% top three); the floors are with the rule (81.7%).
        // 0.818 and 0.66 before the same rules.
        // 0.679 (top three) before the concepts from samples 4 to 19's unnamed main subjects: a
        // paper on a mixture of experts for point clouds opens with "Scaling laws have transformed
        // NLP and CV", a passing mention now in its top three; kept lower on purpose, as the
        // concepts give main subjects elsewhere.
        // Precision lowered by one correct assignment when "context-aware" became a non-topical
        // phrase (a paper on context-aware activity logs in ubiquitous computing; 4 of the 5 judged
        // assignments from it were wrong), 2026-12-04. Precision and top three lowered by one wrong
        // assignment when pseudo-labeling came (an oriented-detection paper's "structure-aware
        // pseudo labels" are labels of known augmentations, no model's predictions, and it enters
        // that paper's top three; the concept read right on 241 of the file's 263 assignments),
        // 2026-12-06.
        new HeldOut("Eighth held-out sample", TopicEvaluation.HELD_OUT_8, 0.858, 0.219, 0.639, 0.219, 0.699, 0.0),
        // Main subjects set down with the tasks among the concepts, before any tagger ran; the
        // assignments of the tagger before the tasks (23dce50) and with them judged by a second reader
        // without scores: before 77.9% correct, 58% main subject, 64% counting partial, 58% in the top
        // three, 58% top three all correct; with them the floors.
        // 0.793 before the same rules.
        new HeldOut("Ninth held-out sample", TopicEvaluation.HELD_OUT_9, 0.835, 0.659, 0.699, 0.659, 0.719, 0.0),
        // Drawn after the tasks, the acronyms read with the words after them and the review's fixes
        // (cf65e71); main subjects set down before any tagger ran, then the assignments of the tagger
        // of 23dce50 and of this one judged without scores. 23dce50: 77.3% correct, 50% main subject,
        // 62% counting partial, 46% in the top three, 56% top three; this one the floors.
        // 0.771 before reported measures were scored as least specific (a mean absolute error and a
        // Pearson correlation coefficient, each named once in the results, both judged wrong).
        // 0.781 before the same rules.
        // Raised after Mamba, HD map construction and consistency models were added (2026-12-04).
        // Precision lowered by one passing mention when labels written with an acronym were matched
        // spelled out, in a paper that defines the acronym ("aligning large language models" for
        // "LLM alignment", "LLM inference" and "LLM judges" read through the paper's "(LLM)"), 2026-12-04.
        new HeldOut("Tenth held-out sample", TopicEvaluation.HELD_OUT_10, 0.815, 0.599, 0.679, 0.559, 0.599, 0.021),
        // Drawn after the twenty-first venue set's round (1ebbc35); main subjects set down before any
        // tagger ran, then every assignment the two readers' rows did not name judged without scores.
        // The rule on reported measures changes none of its assignments. Unseen: 85.0% correct, 60%
        // main subject, 76% counting partial, 52% in the top three, 76% top three all correct. The
        // floors are after the model-sense words, "selection" and the two non-topical phrases, which
        // its wrong "frames", "linear complexity" and "AI applications" were among the evidence for.
        // 0.867, 0.639, 0.779 and 0.599 before British spellings were folded. Precision lowered by
        // one passing mention when CSO's acronyms written only inside a label were matched ("MCMC"
        // in the name of the baseline "3DGS-MCMC"), 2026-12-04.
        // Precision 0.882 and top three 0.799 until medical dialogue became a concept (2026-12-05):
        // the doctor-patient dialogs 2507.14063 is evaluated on are a passing mention, and the label
        // takes the word that made dialogue a correct topic. Top three 0.779 until a CSO label that
        // opens with a participle needed it (2026-12-06): "re-synthesize speech" no longer names
        // synthesized speech, right there, and a passing ASR takes its place in the top three. Main
        // subject in the top three 0.659 until "Mamba" was matched as a name (2026-12-06): the
        // hybrid Mamba-CNN of the dehazing paper 2507.00501, its method, ranks above its subject.
        new HeldOut("Eleventh held-out sample", TopicEvaluation.HELD_OUT_11, 0.877, 0.679, 0.819, 0.639, 0.759, 0.0),
        // Drawn after the rules on reported measures and words of learned models (f2d285c); main
        // subjects set down before any tagger ran, then every other assignment judged without
        // scores. Unseen: 86.3% correct, 72% main subject, 80% counting partial, 68% in the top
        // three, 82% top three all correct. The floors are after the rules its wrong "routing
        // mechanism", "in process" and "prior information" led to.
        // Precision lowered by one passing mention when labels written with an acronym were matched
        // spelled out, in a paper that defines the acronym ("aligning large language models" for
        // "LLM alignment", "LLM inference" and "LLM judges" read through the paper's "(LLM)"), 2026-12-04.
        new HeldOut("Twelfth held-out sample", TopicEvaluation.HELD_OUT_12, 0.915, 0.739, 0.839, 0.699, 0.879, 0.0),
        // Drawn after the rules the twelfth's wrong assignments led to (97b54ad), judged as the
        // twelfth. Unseen: 79.6% correct; the floors are after the plural of capitals and "ids"
        // ("semantic IDs" read as intrusion detection systems), 80.1%, and "single image",
        // "reference image" and "user query" as non-topical phrases, 81.3% and 66% top three.
        // 0.826 (precision) before generative retrieval became a concept (2026-12-05): on a paper
        // on generative recommenders it takes the mentions that made recommendation and scaling laws
        // correct topics, and its broader information retrieval is added, a broader chain.
        // Main subject 0.599 (0.559 in the top three) until second language learning became a
        // concept (2026-12-05): the paper on Universal Dependencies for L2 Korean (2506.09009) now
        // has it, so it no longer keeps its only weak match, dependency parsing, scored below the minimum.
        new HeldOut("Thirteenth held-out sample", TopicEvaluation.HELD_OUT_13, 0.820, 0.579, 0.699, 0.539, 0.679, 0.0),
        // Drawn after the rules the thirteenth's wrong assignments led to (219971d), judged as the
        // thirteenth. Unseen figures, the floors (raised when "meaning shifts" stopped matching mean
        // shift: 84.8% correct, 74% top three all correct).
        // Raised after Mamba, HD map construction and consistency models were added (2026-12-04).
        new HeldOut("Fourteenth held-out sample", TopicEvaluation.HELD_OUT_14, 0.909, 0.659, 0.819, 0.619, 0.899, 0.02),
        // Drawn after the twenty-fourth venue set's round (7ae1e54), judged as the fourteenth at
        // 99d29e3. Unseen: 81.7% correct, 60% main subject, 66% counting partial, 60% in the top
        // three, 66% top three all correct. The floors are after the rules its wrong "learning
        // objectives", "validation" and "scene-based" were among the evidence for, and the agent
        // nouns ("object detectors"), written from the whole file.
        // 0.837 and 0.699 before British spellings were folded (2026-12-04): "Human behaviors" and
        // "domain labels" then matched CSO's "human behaviours" and the task "domain labelling",
        // both judged passing mentions, and the first took a place in a paper's top three.
        new HeldOut("Fifteenth held-out sample", TopicEvaluation.HELD_OUT_15, 0.850, 0.639, 0.759, 0.639, 0.699, 0.0),
        // Drawn after the fifteenth's rules (4295a18), judged as the fifteenth at 4295a18. Unseen:
        // 80.0% correct, 62% main subject, 66% counting partial, 62% in the top three, 66% top
        // three all correct, one paper without a topic; the review's fixes changed none of it. The
        // floors are after the outcome phrases ("segmentation performance"), "full body" and
        // "target language", which its wrong ones were among the evidence for; they leave a second
        // paper, whose only topic was judged wrong, without one.
        // Main subject in the top three 0.619 before the phrases of topic-cues.txt: "fairness", one
        // of four qualities a steered LLM is assessed on, ranks above activation steering.
        new HeldOut("Sixteenth held-out sample", TopicEvaluation.HELD_OUT_16, 0.854, 0.619, 0.759, 0.599, 0.719, 0.04),
        // Drawn after the topic check was built (841e477), judged as the sixteenth: main subjects
        // first, then the tagger's other assignments without scores. Unseen figures of the tagger
        // alone, the floors; with the check (TopicEvaluation --check) 84.6% correct and 72% top
        // three all correct. Counting partial 0.779 until "medical image analysis" stopped naming
        // medical image classification (2026-12-05), a partial concept of the mpox paper.
        // Main subject in the top three 0.579 before the phrases of topic-cues.txt: fairness in AI,
        // right on a paper on racial bias in Llama 3, ranks above social bias in language models.
        // No paper without a topic until "database" stopped naming database systems (2026-12-06):
        // the paper on numeral systems of Indo-Aryan languages had that one match, judged wrong.
        new HeldOut("Seventeenth held-out sample", TopicEvaluation.HELD_OUT_17, 0.833, 0.579, 0.799, 0.559, 0.699, 0.02),
        // Drawn at d0c70d1, judged as the seventeenth. Unseen figures of the tagger of d0c70d1: 80.5%
        // correct, 48% main subject, 68% counting partial, 46% in the top three, 68% top three all
        // correct, one paper without a topic. The floors are after "cutting edge" became a
        // non-topical phrase, which its wrong "cutting edges" was among the evidence for (81.0%).
        // 0.810 (precision) before the concepts from samples 4 to 19's unnamed main subjects: a
        // retrieval paper names catastrophic forgetting as motivation (judged wrong), beside a
        // correct precision agriculture and efficient reasoning.
        // 0.807 before "budgets" was read in its model sense.
        // Precision lowered by one passing mention when labels written with an acronym were matched
        // spelled out, in a paper that defines the acronym ("aligning large language models" for
        // "LLM alignment", "LLM inference" and "LLM judges" read through the paper's "(LLM)"), 2026-12-04.
        // Main subject raised when "multi-hop QA" came to be read as multi-hop question answering (2026-12-05).
        // 0.739 (top three all correct) before "multi-hop reasoning" became a concept (2026-12-05): on a
        // retrieval-augmented video paper it takes the mentions that made "reasoning" a correct topic,
        // and a passing mention moves into the top three.
        new HeldOut("Eighteenth held-out sample", TopicEvaluation.HELD_OUT_18, 0.848, 0.519, 0.699, 0.499, 0.719, 0.02),
        // Drawn at d88c696, judged as the eighteenth. Unseen figures of the tagger of d88c696, the
        // floors: 82.1% correct, 46% main subject, 72% counting partial, 44% in the top three, 64%
        // top three all correct, one paper without a topic.
        // 0.840 and 0.679 (top three all correct) before the concepts from samples 31 to 34 (2026-12-05):
        // "code-switching", named in a paper's motivation, is judged a passing mention in its top three.
        // 0.834 before a qualifying tail inside a label was matched (2026-12-05): "In the era of
        // large-scale foundation models" opens 2510.16446, a paper on visual prompts; 0.829 before
        // the topics of generic-topics.txt needed the title: neural networks on 2507.00387 was right.
        new HeldOut("Nineteenth held-out sample", TopicEvaluation.HELD_OUT_19, 0.828, 0.499, 0.739, 0.479, 0.659, 0.02),
        // Drawn at 3e2c295, after the concepts from samples 4 to 19's unnamed main subjects, and
        // judged as the eighteenth. Unseen figures of the tagger of 3e2c295, the floors: 73.7%
        // correct, 40% main subject, 68% counting partial, 34% in the top three, 46% top three all
        // correct, one paper without a topic. 0.736 and 0.459 before the rules its wrong "budgets",
        // "optical-", "one-dimensional" and "novel architecture" were among the evidence for.
        // Raised after Mamba, HD map construction and consistency models were added (2026-12-04).
        // Precision 0.795 until reinforcement fine-tuning was written out (2026-12-05): "IL
        // pretraining followed by RL fine-tuning" on 2510.12560 is the approach it moves away from.
        new HeldOut("Twentieth held-out sample", TopicEvaluation.HELD_OUT_20, 0.792, 0.439, 0.719, 0.379, 0.639, 0.020),
        // Drawn at 8889bf7, after British spellings were folded and Mamba, HD map construction and
        // consistency models added, and judged as the twentieth. Unseen figures of the tagger of
        // 8889bf7, the floors: 87.8% correct, 54% main subject, 84% counting partial, 52% in the top
        // three, 78% top three all correct, one paper without a topic.
        // Precision lowered by one passing mention when labels written with an acronym were matched
        // spelled out, in a paper that defines the acronym ("aligning large language models" for
        // "LLM alignment", "LLM inference" and "LLM judges" read through the paper's "(LLM)"), 2026-12-04.
        new HeldOut("Twenty-first held-out sample", TopicEvaluation.HELD_OUT_21, 0.901, 0.539, 0.839, 0.539, 0.819, 0.02),
        // Drawn at e458b03 and judged as the twentieth; tagged by that tagger with TeX accents read
        // (TexAccents), which changes the text of one of its papers ("Pad\'e"). Unseen figures, the
        // floors: 89.2% correct, 58% main subject, 72% counting partial, 58% in the top three, 78% top
        // three all correct, no paper without a topic.
        // Raised after the concepts from the main subjects of samples 20 to 30 (2026-12-05). Top three
        // all correct 0.819 -> 0.799 with the fifth reading's temporal reasoning (2026-12-06): "Temporal
        // reasoning required" is one of five features a video benchmark lists, read in its lead.
        new HeldOut("Twenty-second held-out sample", TopicEvaluation.HELD_OUT_22, 0.908, 0.619, 0.739, 0.619, 0.799, 0.0),
        // Drawn and judged as the twenty-second, at 676d5ca. Unseen figures of that tagger: 88.6%
        // correct, 42% main subject, 66% counting partial, 40% in the top three, 76% top three all
        // correct, one paper without a topic. The floors are those after labels written with an
        // acronym were matched spelled out (one of its papers, "Large language model (LLM) agents",
        // among the reasons): 89.2%, 44%, 68%, 42%, 78%.
        // Raised after the concepts from the main subjects of samples 20 to 30 (2026-12-05).
        // 0.911 (precision) before "multi-hop reasoning" became a concept (2026-12-05): a benchmark of
        // document retrieval names multi-hop queries as one kind among several, a passing mention.
        new HeldOut("Twenty-third held-out sample", TopicEvaluation.HELD_OUT_23, 0.905, 0.479, 0.699, 0.459, 0.819, 0.0),
        // Drawn at 185dcf6, after the fields a method is applied in were read as examples, and
        // judged as the twentieth. Unseen figures of that tagger, the floors: 84.1% correct, 52% main
        // subject, 62% counting partial, 52% in the top three, 74% top three all correct, one paper
        // without a topic.
        new HeldOut("Twenty-fourth held-out sample", TopicEvaluation.HELD_OUT_24, 0.893, 0.539, 0.639, 0.539, 0.799, 0.02),
        // Drawn at 951a9f0, after "point cloud", "context aware" and three more phrases were read as
        // no subject, and judged as the twentieth. Unseen figures of that tagger, the floors: 87.0%
        // correct, 50% main subject, 70% counting partial, 46% in the top three, 72% top three all
        // correct, no paper without a topic.
        // 0.895 before dense retrieval became a concept (2026-12-05): a paper on generative retrieval
        // names it as the traditional method it departs from, a passing mention judged wrong.
        new HeldOut("Twenty-fifth held-out sample", TopicEvaluation.HELD_OUT_25, 0.896, 0.559, 0.719, 0.519, 0.759, 0.0),
        // Drawn at 4590a39, after "degrees of freedom", "frames" and "image quality" were read as no
        // subject and CSO's acronyms inside labels matched, and judged as the twentieth. Unseen
        // figures of that tagger, the floors: 86.2% correct, 56% main subject, 74% counting partial,
        // 54% in the top three, 70% top three all correct, one paper without a topic.
        new HeldOut("Twenty-sixth held-out sample", TopicEvaluation.HELD_OUT_26, 0.885, 0.559, 0.739, 0.539, 0.739, 0.02),
        // Drawn at e895891, after an acronym of three initials stopped standing for a one-word label,
        // and judged as the twentieth. Unseen figures of that tagger, the floors: 83.8% correct, 40%
        // main subject, 72% counting partial, 38% in the top three, 76% top three all correct, no
        // paper without a topic.
        new HeldOut("Twenty-seventh held-out sample", TopicEvaluation.HELD_OUT_27, 0.877, 0.399, 0.719, 0.379, 0.799, 0.0),
        // Drawn at 1b9b94b and judged as the twentieth with the tagger of 887d127, after "applications,
        // including" was read as a list of the field's uses. Unseen figures of that tagger, the
        // figures: 79.9% correct, 38% main subject, 72% counting partial, 38% in the top three, 64%
        // top three all correct, no paper without a topic. The floors are after the rules it led to
        // (a defined acronym starting a longer label, the KV cache) and the non-topical "semantic
        // level": 81.2% correct, 40% main subject and in the top three, 68% top three all correct.
        // Raised after "understanding" came to be read by its verb (2026-12-05). One paper (cell
        // counting, 2503.13989) has had no topic since "global features", its only one and judged
        // non-topical, became a non-topical phrase (2026-12-05): the task is named "automated cell
        // counting", which no label matches.
        new HeldOut("Twenty-eighth held-out sample", TopicEvaluation.HELD_OUT_28, 0.825, 0.419, 0.759, 0.419, 0.699, 0.021),
        // Drawn at f917118, after the KV cache became a concept of its own, and judged as the
        // twentieth. Unseen figures of that tagger, the floors: 94.0% correct, 48% main subject, 64%
        // counting partial, 48% in the top three, 88% top three all correct, no paper without a topic;
        // 94.7% correct since "semantic level" and "empirical analysis" became non-topical phrases.
        new HeldOut("Twenty-ninth held-out sample", TopicEvaluation.HELD_OUT_29, 0.954, 0.499, 0.679, 0.499, 0.899, 0.0),
        // Drawn at c7eba2e and judged as the twentieth with the tagger of 93adc26 ("understanding" by
        // its verb, "QA" and "RL" as a label's head). Unseen figures of that tagger, the floors: 87.8%
        // correct, 48% main subject, 80% counting partial, 46% in the top three, 72% top three all
        // correct, no paper without a topic.
        new HeldOut("Thirtieth held-out sample", TopicEvaluation.HELD_OUT_30, 0.890, 0.519, 0.839, 0.499, 0.739, 0.0),
        // Drawn at ed4af13, after the ten concepts from samples 20 to 30, and judged as the twentieth
        // with that tagger. Unseen figures, the floors: 93.0% correct, 40% main subject, 66% counting
        // partial, 38% in the top three, 88% top three all correct, no paper without a topic. 93.7%
        // correct and 90% top three all correct since "medical image analysis" names the field, no
        // longer medical image classification (2026-12-05).
        // 0.938, 0.399 (main subject in the top three) and 0.899 (top three all correct) before
        // parallel decoding became a concept (2026-12-05): a jailbreak paper names it as what the
        // diffusion language models it attacks offer, a passing mention judged wrong, in its top three.
        new HeldOut("Thirty-first held-out sample", TopicEvaluation.HELD_OUT_31, 0.932, 0.419, 0.719, 0.379, 0.879, 0.0),
        // Drawn at 249ce59 and judged as the twentieth with the tagger of fifteen more non-topical
        // phrases, "grasp" read as robotic grasping, "interleaved" in its model sense and "VQA",
        // "ReID" and "SR" as a label's head. Unseen figures, the floors: 88.4% correct, 32% main
        // subject, 78% counting partial, 28% in the top three, 74% top three all correct, one paper
        // without a topic.
        new HeldOut("Thirty-second held-out sample", TopicEvaluation.HELD_OUT_32, 0.891, 0.379, 0.819, 0.339, 0.759, 0.021),
        // Drawn at 09f87b6, after "medical image analysis" and the audit of the vocabulary's
        // alternative labels, and judged as the twentieth with that tagger. Unseen figures, the
        // floors: 85.0% correct, 28% main subject, 74% counting partial, 26% in the top three, 70%
        // top three all correct, no paper without a topic. One paper (spine surgery, 2506.23657) has
        // had no topic since "spine" stopped folding to CSO's "spin", its only topic and judged
        // wrong (2026-12-05).
        new HeldOut("Thirty-third held-out sample", TopicEvaluation.HELD_OUT_33, 0.857, 0.299, 0.759, 0.279, 0.699, 0.021),
        // Drawn at b07d7d7 and judged as the twentieth with the tagger of 224e505 (a one-syllable word
        // keeps its final e; surgery, the law and dentistry as concepts; seven properties
        // non-topical). Unseen figures, the floors: 93.2% correct, 34% main subject, 70% counting
        // partial, 34% in the top three, 84% top three all correct, no paper without a topic.
        new HeldOut("Thirty-fourth held-out sample", TopicEvaluation.HELD_OUT_34, 0.938, 0.379, 0.739, 0.379, 0.859, 0.0),
        // Drawn at 4740164 and judged as the twentieth with the tagger of 95bccee (concepts from
        // samples 31 to 34, task phrases of the file, a paper that trains a model is on learned
        // models). Unseen figures, the floors: 92.5% correct, 60% main subject, 68% counting partial,
        // 58% in the top three, 82% top three all correct, one paper without a topic.
        // Precision 0.924 until item response theory became a concept (2026-12-05): "item
        // difficulty" on 2510.25064 is estimated by an LLM, with no item response model.
        new HeldOut("Thirty-fifth held-out sample", TopicEvaluation.HELD_OUT_35, 0.919, 0.639, 0.719, 0.619, 0.819, 0.021),
        // Drawn at 951f8b8 and judged as the twentieth with the same tagger as the thirty-fifth
        // (95bccee). Unseen figures, the floors: 90.3% correct, 28% main subject, 60% counting
        // partial, 28% in the top three, 82% top three all correct, no paper without a topic.
        // Precision 0.917 until shared tasks became a concept (2026-12-05): 2510.26124 only reuses
        // the SemEval 2023 Task 3 dataset, named once in the body.
        new HeldOut("Thirty-sixth held-out sample", TopicEvaluation.HELD_OUT_36, 0.912, 0.299, 0.619, 0.299, 0.859, 0.0),
        // Drawn at e91a73d and judged as the twentieth with that tagger (the same as the
        // thirty-fifth's and thirty-sixth's). Unseen figures: 89.5% correct, 38% main subject, 80%
        // counting partial, 32% in the top three, 74% top three all correct, one paper without a
        // topic. The floors are those of the tagger that added "multi-hop reasoning", 3D scene
        // understanding, prostate cancer and diffusion model acceleration, which names two of its
        // main subjects, and read "drawing on" as the verb: a paper on game design concepts ("drawing
        // on Games Studies") lost its only topic, drawing, a wrong sense, and has none.
        new HeldOut("Thirty-seventh held-out sample", TopicEvaluation.HELD_OUT_37, 0.901, 0.439, 0.799, 0.379, 0.739, 0.041),
        // Drawn at 2f3b9a1 and judged as the twentieth with that tagger. Unseen figures, the floors:
        // 91.0% correct, 60% main subject, 78% counting partial, 52% in the top three, 84% top three
        // all correct, no paper without a topic.
        new HeldOut("Thirty-eighth held-out sample", TopicEvaluation.HELD_OUT_38, 0.909, 0.599, 0.779, 0.519, 0.839, 0.0),
        // Drawn at bb9724c and judged as the twentieth with that tagger. Unseen figures, the floors:
        // 86.6% correct, 26% main subject, 64% counting partial, 26% in the top three, 74% top three
        // all correct, no paper without a topic.
        new HeldOut("Thirty-ninth held-out sample", TopicEvaluation.HELD_OUT_39, 0.865, 0.279, 0.659, 0.279, 0.739, 0.0),
        // Drawn at 31a5052, after the rules and concepts written from the thirty-ninth, and judged
        // as the twentieth with that tagger. Unseen figures, the floors: 86.0% correct, 36% main
        // subject, 66% counting partial, 36% in the top three, 72% top three all correct, one paper
        // without a topic (an appellate-case dataset that writes "LegalAI").
        new HeldOut("Fortieth held-out sample", TopicEvaluation.HELD_OUT_40, 0.872, 0.359, 0.679, 0.359, 0.759, 0.0),
        // Drawn at 377826c, after the rules written from the fortieth, and judged as the twentieth
        // with that tagger. Unseen figures, the floors: 82.6% correct, 36% main subject, 66% counting
        // partial, 34% in the top three, 64% top three all correct, one paper without a topic (an
        // ontology of state sovereignty).
        new HeldOut("Forty-first held-out sample", TopicEvaluation.HELD_OUT_41, 0.825, 0.359, 0.659, 0.339, 0.639, 0.021),
        // Drawn at 26b42e2, its main subjects set down before the rules of 2026-12-05 evening, and
        // judged as the twentieth with the tagger after them. Unseen figures, the floors: 84.3%
        // correct, 62% main subject, 78% counting partial, 62% in the top three, 76% top three all
        // correct, no paper without a topic.
        new HeldOut("Forty-second held-out sample", TopicEvaluation.HELD_OUT_42, 0.842, 0.619, 0.779, 0.619, 0.759, 0.0),
        // Drawn at c4a7d67, after the rules, labels and admitting check of 2026-12-05 evening, and
        // judged as the twentieth with that tagger. Unseen figures, the floors: 91.2% correct, 46%
        // main subject, 80% counting partial, 46% in the top three, 86% top three all correct, no
        // paper without a topic.
        new HeldOut("Forty-third held-out sample", TopicEvaluation.HELD_OUT_43, 0.911, 0.459, 0.799, 0.459, 0.859, 0.0),
        // Drawn at 969fd34; its main subjects were set down before the eight concepts of a third
        // reading were written, its assignments judged with the tagger after them. Unseen figures,
        // the floors: 88.8% correct, 38% main subject, 58% counting partial, 32% in the top three,
        // 74% top three all correct, 2 papers of 50 without a topic (no categories in the record,
        // and an abstract no label matches: game solving in Killall-Go, diagnosing students' steps).
        new HeldOut("Forty-fourth held-out sample", TopicEvaluation.HELD_OUT_44, 0.887, 0.379, 0.579, 0.319, 0.739, 0.041),
        // Drawn at 6d5d219, after the rules of 2026-12-05 night, and judged with the tagger of
        // e78c251. Unseen figures, the floors: 88.9% correct, 40% main subject, 70% counting
        // partial, 40% in the top three, 76% top three all correct, one paper without a topic (no
        // categories in the record; no scheme names a domain-specific language for recipes).
        new HeldOut("Forty-fifth held-out sample", TopicEvaluation.HELD_OUT_45, 0.888, 0.399, 0.699, 0.399, 0.759, 0.021),
        // Drawn at d196482, before any change of 2026-12-06; two readers set down its main subjects
        // before the phrases of topic-cues.txt were written (none of which occurred in it; one written
        // later does, "valid teams outperformed" of a shared task), a third
        // judged its assignments with the tagger after them. Unseen figures, the floors: 86.4%
        // correct, 68% main subject, 86% counting partial, 64% in the top three, 70% top three all
        // correct, no paper without a topic. 10 of its 21 wrong assignments are passing mentions.
        new HeldOut("Forty-sixth held-out sample", TopicEvaluation.HELD_OUT_46, 0.863, 0.679, 0.859, 0.639, 0.699, 0.0),
        // Drawn at ac979a9, before any change of 2026-12-06 night; two readers set down its main
        // subjects before those changes, a third and a fourth judged its assignments with the tagger
        // of that time (they saw the matched words, no scores). Unseen figures, the floors:
        // 87.1% correct, 62% main subject, 74% counting partial, 58% in the top three, 72% top three
        // all correct, two papers without a topic (no categories in the records, and no label of any
        // scheme in their words: "RGB-D tracking", a policy that states its next action). 12 of its
        // 15 wrong assignments are passing mentions.
        new HeldOut("Forty-seventh held-out sample", TopicEvaluation.HELD_OUT_47, 0.870, 0.619, 0.739, 0.579, 0.719, 0.041),
        // Drawn at 5d6bb1a, before any change of 2026-12-06 morning; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 5d6bb1a (they saw the
        // matched words, no scores). Unseen figures, the floors: 84.2% correct, 52% main subject,
        // 60% counting partial, 48% in the top three, 72% top three all correct, no paper without a
        // topic. 17 of its 24 wrong assignments are passing mentions; 16 of its 24 papers that miss
        // every main subject have one that a concept names but the abstract says in other words.
        new HeldOut("Forty-eighth held-out sample", TopicEvaluation.HELD_OUT_48, 0.841, 0.519, 0.599, 0.479, 0.719, 0.0),
        // Drawn at cc52681, before any change of 2026-12-06 late morning; two readers set down its
        // main subjects and two more judged its assignments with the tagger of cc52681 (they saw the
        // matched words, no scores). Unseen figures, the floors: 84.6% correct, 56% main subject,
        // 72% counting partial, 52% in the top three, 68% top three all correct, three papers
        // without a topic (no categories in the records, and no label of any scheme in their words:
        // "AI-generated news summaries", "mobile health (mHealth) interventions", "integrating
        // disparate data sources"). 14 of its 21 wrong assignments are passing mentions. Its
        // unnamed main subjects pointed to three concepts written after it (radiomics, hard negative
        // mining, photoplethysmography), which its main and partial rows now name: with them it
        // reads 58% main subject.
        new HeldOut("Forty-ninth held-out sample", TopicEvaluation.HELD_OUT_49, 0.845, 0.559, 0.719, 0.519, 0.679, 0.061),
        // Drawn at 85c6fd1, before any change of 2026-12-06 midday; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 85c6fd1 (they saw the
        // matched words, no scores). Unseen figures, the floors: 79.5% correct, 56% main subject,
        // 68% counting partial, 54% in the top three, 66% top three all correct, no paper without a
        // topic. 20 of its 29 wrong assignments are passing mentions (application lists of an
        // opening sentence, contrasted prior work, baselines, one benchmark task of several).
        new HeldOut("Fiftieth held-out sample", TopicEvaluation.HELD_OUT_50, 0.794, 0.559, 0.679, 0.539, 0.659, 0.0),
        // Drawn at 66a4838, before any change of 2026-12-06 afternoon; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 66a4838 (they saw the
        // matched words, no scores). Unseen figures, the floors: 87.0% correct, 76% main subject,
        // 84% counting partial, 74% in the top three, 76% top three all correct, no paper without a
        // topic. 13 of its 19 wrong assignments are passing mentions (motivation, contrasted prior
        // work, one evaluation setting of several); 5 are wrong senses, one of them "supervised
        // video summarization" read inside "self-supervised video summarization".
        new HeldOut("Fifty-first held-out sample", TopicEvaluation.HELD_OUT_51, 0.869, 0.759, 0.839, 0.739, 0.759, 0.0),
        // Drawn at 2ea4a26, after the changes of 2026-12-06 afternoon; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 2ea4a26 (they saw the
        // matched words, no scores). Unseen figures, the floors: 84.1% correct, 56% main subject,
        // 84% counting partial, 50% in the top three, 70% top three all correct, no paper without a
        // topic. 15 of its 21 wrong assignments are passing mentions; 33 of its 98 main rows name
        // no concept.
        new HeldOut("Fifty-second held-out sample", TopicEvaluation.HELD_OUT_52, 0.840, 0.559, 0.839, 0.499, 0.699, 0.0),
        // Drawn at 73e3563, before any change of 2026-12-06 evening; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 73e3563 (they saw the
        // matched words, no scores). Unseen figures, the floors: 83.3% correct, 46% main subject,
        // 72% counting partial, 46% in the top three, 66% top three all correct, one paper without
        // a topic (entity salience in discourse: no label of any scheme in its abstract). 10 of its
        // 16 wrong assignments are passing mentions; 46 of its 93 main rows name no concept.
        new HeldOut("Fifty-third held-out sample", TopicEvaluation.HELD_OUT_53, 0.832, 0.459, 0.719, 0.459, 0.659, 0.02),
        // Drawn at 9da9062, after the first changes of 2026-12-06 evening; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 9da9062 (they saw the
        // matched words, no scores). Unseen figures, the floors: 81.5% correct, 56% main subject,
        // 78% counting partial, 56% in the top three, 70% top three all correct, no paper without a
        // topic. 17 of its 24 wrong assignments are passing mentions (motivations, a reported
        // metric, one evaluation task of three); 29 of its 84 main rows name no concept.
        new HeldOut("Fifty-fourth held-out sample", TopicEvaluation.HELD_OUT_54, 0.814, 0.559, 0.779, 0.559, 0.699, 0.0),
        // Drawn at 0c8c024, before any change of 2026-12-06 night; two readers set down its main
        // subjects and two more judged its assignments with the tagger of 0c8c024 (they saw the
        // matched words, no scores). Unseen figures, the floors: 81.7% correct, 58% main subject,
        // 84% counting partial, 58% in the top three, 68% top three all correct, one paper without
        // a topic (the BraTS 2023 challenges: "brain tumor segmentation" is not in its two
        // sentences). 16 of its 24 wrong assignments are passing mentions, 7 wrong senses ("EDM",
        // "system called"); 48 of its 106 main rows name no concept.
        new HeldOut("Fifty-fifth held-out sample", TopicEvaluation.HELD_OUT_55, 0.816, 0.579, 0.839, 0.579, 0.679, 0.02),
        // Drawn at d37f625, after the first changes of 2026-12-06 night; judged as the fifty-fifth
        // with the tagger of d37f625. Unseen figures, the floors: 78.8% correct, 46% main subject,
        // 64% counting partial, 38% in the top three, 74% top three all correct, one paper without a
        // topic (dynamic multi-agent path finding with answer set programming: "MAPF" and "ASP" are
        // never spelled out). 12 of its 21 wrong assignments are passing mentions, 9 wrong senses
        // ("graphical convolutional neural networks", keys and queries of attention as spatial
        // queries); 10 too generic, "intelligent systems" twice; 30 of its 87 main rows name no concept.
        new HeldOut("Fifty-sixth held-out sample", TopicEvaluation.HELD_OUT_56, 0.787, 0.459, 0.639, 0.379, 0.739, 0.02),
        // Drawn at 6bf6b37, before any change of 2026-12-06 late night; judged as the fifty-fifth
        // with the tagger of 6bf6b37. Unseen figures, the floors: 82.6% correct, 70% main subject,
        // 78% counting partial, 62% in the top three, 66% top three all correct, every paper with a
        // topic. 18 of its 24 wrong assignments are passing mentions (LLMs as prior work, one
        // evaluation dataset among four), 4 non-topical phrases ("deterministic", "text inputs");
        // 28 of its 101 main rows name no concept.
        new HeldOut("Fifty-seventh held-out sample", TopicEvaluation.HELD_OUT_57, 0.825, 0.699, 0.779, 0.619, 0.659, 0.0),
        // Drawn at c86b1ba, after the first changes of 2026-12-06 late night; judged as the
        // fifty-fifth with the tagger of c86b1ba. Unseen figures, the floors: 74.6% correct, 54% main
        // subject, 64% counting partial, 54% in the top three, 56% top three all correct, one paper
        // without a topic (monitoring and benchmarking enterprise AI assistants: no label of any
        // scheme). 15 of its 26 wrong assignments are passing mentions, 6 wrong senses (3D Gaussian
        // primitives as Gaussian models, the ICL-NUIM dataset as in-context learning), 5
        // non-topical phrases; 7 too generic, LLMs as the agents' backbone; 37 of its 101 main rows
        // name no concept.
        new HeldOut("Fifty-eighth held-out sample", TopicEvaluation.HELD_OUT_58, 0.745, 0.539, 0.639, 0.539, 0.559, 0.02),
        // Drawn at c545dc7, before any change of 2026-12-07; judged as the fifty-fifth with the
        // tagger of c545dc7. Unseen figures, the floors: 82.2% correct, 58% main subject, 78%
        // counting partial, 56% in the top three, 64% top three all correct, every paper with a
        // topic. 11 of its 22 wrong assignments are passing mentions (kNN as the retriever of
        // demonstrations, one task type among several), 6 wrong senses (dialogue state tracking as a
        // tracking problem, therapist chatbots as LLM agents), 4 non-topical phrases ("reconstructed
        // image", "object location"); 30 of its 101 main rows name no concept.
        new HeldOut("Fifty-ninth held-out sample", TopicEvaluation.HELD_OUT_59, 0.821, 0.579, 0.779, 0.559, 0.639, 0.0),
        // Drawn at 952b3e1, after the concepts and labels in other words of 2026-12-07; judged as the
        // fifty-fifth with the tagger of 952b3e1. Unseen figures, the floors: 85.7% correct, 46% main
        // subject, 72% counting partial, 44% in the top three, 74% top three all correct, two papers
        // without a topic (a Korean persona dataset, colexification across language families: no
        // label of any scheme). 15 of its 19 wrong assignments are passing mentions (LLMs in an
        // opening sentence, an optimizer, a closing sentence's clinical decision-making), 3
        // non-topical phrases; 23 of its 88 main rows name no concept.
        new HeldOut("Sixtieth held-out sample", TopicEvaluation.HELD_OUT_60, 0.856, 0.459, 0.719, 0.439, 0.739, 0.04),
        // Drawn at 5c1d0b0, before any change of 2026-12-07 night; judged as the fifty-fifth with the
        // tagger of 5c1d0b0. Unseen figures, the floors: 81.8% correct, 46% main subject, 72%
        // counting partial, 44% in the top three, 62% top three all correct, one paper without a
        // topic (trees of subjects, actions and objects discovered from texts, to query them in
        // natural language: no label of any scheme).
        // 19 of its 25 wrong assignments are passing mentions (a smart grid as motivation,
        // scientific discovery as an outlook, LLMs that only label data), 5 wrong senses
        // ("text-to-image systems" as imaging systems, camera viewpoints as software-architecture
        // viewpoints), 1 non-topical phrase; 30 of its 85 main rows name no concept. Precision
        // 82.1% -> 81.7% (125 of 153) with the tenth reading's concepts: "call center", a label of
        // contact center, is the motivation of an emotion forecaster (14 of 15 uses read right).
        new HeldOut("Sixty-first held-out sample", TopicEvaluation.HELD_OUT_61, 0.816, 0.459, 0.719, 0.439, 0.619, 0.02),
        // Drawn at f0b7da5, before any change of 2026-12-07 morning; judged as the fifty-sixth with
        // the tagger of f0b7da5. Unseen figures, the floors: 85.2% correct, 54% main subject, 74%
        // counting partial, 54% in the top three, 80% top three all correct, no paper without a
        // topic. 15 of its 20 wrong assignments are passing mentions (an opening sentence's AGI or
        // information technology, one of four compared architectures, a benchmark's QA format), 5
        // wrong senses ("online learning" as e-learning, "3D semantic parsing" as segmentation, a
        // quantization step as an optimizer's step size); 32 of its 94 main rows name no concept.
        // Top three all correct 0.799 until the phrases read from samples 7 to 67: "nnU-Net" now
        // gives medical image segmentation, wrongly, to a landmark detector built on nnU-Net, and it
        // ranks first of that paper's three topics.
        new HeldOut("Sixty-second held-out sample", TopicEvaluation.HELD_OUT_62, 0.851, 0.539, 0.739, 0.539, 0.779, 0.0),
        // Drawn at 877d5e2, after the two phrases of 2026-12-07 morning; judged as the fifty-seventh with
        // the tagger of 877d5e2. Unseen figures, the floors: 84.0% correct, 48% main subject, 80%
        // counting partial, 48% in the top three, 74% top three all correct, no paper without a
        // topic. 12 of its 20 wrong assignments are passing mentions (RLHF as the setting DPO
        // simplifies, supervised learning as the contrast, an opening list's assistive technology),
        // 6 wrong senses ("global illumination" as image brightness, "early stopping" of a patch's
        // enhancement, "extracting information geometry"), 2 non-topical phrases; 41 of its 96 main
        // rows name no concept.
        new HeldOut("Sixty-third held-out sample", TopicEvaluation.HELD_OUT_63, 0.839, 0.479, 0.799, 0.479, 0.739, 0.0),
        // Drawn at c1bb9ed, after the topic check moved to e5-small-v2; judged as the fifty-seventh
        // with the tagger of c1bb9ed (that of 0dd42c0) and the held-back matches that check admits.
        // Unseen figures, the floors: 83.8% correct, 46% main subject, 76% counting partial, 42% in
        // the top three, 68% top three all correct, one paper without a topic. 13 of its 21 wrong
        // assignments are passing mentions (3D scanning and autonomous robots in an opening
        // motivation, chest X-rays as one dataset of several, backpropagation as what Forward-Forward
        // replaces), 5 wrong senses ("binocular" for stereo, frequency bands of convolution weights),
        // 3 non-topical phrases; 44 of its 88 main rows name no concept.
        new HeldOut("Sixty-fourth held-out sample", TopicEvaluation.HELD_OUT_64, 0.837, 0.459, 0.759, 0.419, 0.679, 0.02),
        // Drawn at c7eced2 with the tagger unchanged since the sixty-fourth; judged as that one.
        // Unseen figures, the floors: 83.9% correct, 50% main subject, 70% counting partial, 46% in
        // the top three, 74% top three all correct, no paper without a topic. 14 of its 19 wrong
        // assignments are passing mentions (a baseline's active pixel sensor and unscented Kalman
        // filter, two of five evaluation tasks, climate change as the motivation, retrieval-augmented
        // generation as a contrast), 3 non-topical phrases ("low-power", "cluster centers"), 2 wrong
        // senses (camera viewpoints as software-architecture viewpoints, protected attributes as
        // secrets); 42 of its 84 main rows name no concept.
        new HeldOut("Sixty-fifth held-out sample", TopicEvaluation.HELD_OUT_65, 0.838, 0.499, 0.699, 0.459, 0.739, 0.0),
        // Drawn at 01d5408 and judged as the sixty-fifth with the tagger of 9f0e293, after the eighth
        // reading of the unnamed main subjects. Unseen figures, the floors: 85.0% correct, 72% main
        // subject, 80% counting partial, 66% in the top three, 74% top three all correct, no paper
        // without a topic. 15 of its 22 wrong assignments are passing mentions (two of several
        // classifiers compared, a metric, view synthesis as the measure of refined camera poses, a
        // contrast), 5 wrong senses ("integrated gradients" as a gradient algorithm, planning tokens
        // as strategic planning), 2 non-topical phrases; 26 of its 98 main rows name no concept.
        new HeldOut("Sixty-sixth held-out sample", TopicEvaluation.HELD_OUT_66, 0.849, 0.719, 0.799, 0.659, 0.739, 0.0),
        // Drawn at e61368b after the labels and phrases of a second reading in other words (read
        // from samples 60 to 66), judged as the sixty-sixth with the tagger of e61368b. Unseen
        // figures, the floors: 91.2% correct, 58% main subject, 72% counting partial, 58% in the
        // top three, 88% top three all correct, no paper without a topic. 9 of its 13 wrong
        // assignments are passing mentions (supervised fine-tuning as what prior work did,
        // robotic manipulation as the motivation, a contrast with multiple-choice benchmarks), 2
        // wrong senses ("text-to-image" retrieval as a text-to-image model, camera and LiDAR frames
        // as time series), 1 non-topical phrase, 1 broader chain (object detection on a salient
        // object detector); 33 of its 94 main rows name no concept.
        new HeldOut("Sixty-seventh held-out sample", TopicEvaluation.HELD_OUT_67, 0.911, 0.579, 0.719, 0.579, 0.879, 0.0),
        // Drawn at 3800555, after the check admitted held-back matches beside a single kept topic,
        // judged with the tagger of 3800555. Unseen figures, the floors: 81.0% correct, 46% main
        // subject, 72% counting partial, 44% in the top three, 64% top three all correct, 3 papers
        // without a topic (records without categories whose abstracts name no label: video event
        // understanding, AI-written newspaper articles, semantic sketches of English verbs). 21 of
        // its 24 wrong assignments are passing mentions (text-to-image models as the motivation of
        // a quantization survey, LLMs as the motivation of a test-case dataset, chain-of-thought prompting and DPO as prior work), 2
        // wrong senses (gradients flowing through layers as information propagation, longer
        // reasoning as efficient reasoning), 1 non-topical phrase ("formal framework"); 45 of its
        // 88 main rows name no concept.
        new HeldOut("Sixty-eighth held-out sample", TopicEvaluation.HELD_OUT_68, 0.809, 0.459, 0.719, 0.439, 0.639, 0.06),
        // Drawn after the phrases read from the misses of samples 7 to 67 and the ninth reading of
        // the unnamed main subjects, judged with that tagger. Unseen figures, the floors: 88.2%
        // correct, 42% main subject, 66% counting partial, 40% in the top three, 84% top three all
        // correct, no paper without a topic. 9 of its 12 wrong assignments are passing mentions
        // (sparse autoencoders as the baseline, disaster response among the motivating
        // applications, motion in-betweening as one task of several), 2 wrong senses (a pruned
        // plant-disease network sped up as efficient LLM inference, the "motion fields" of a human
        // motion prior), 1 non-topical phrase ("action space"); 41 of its 80 main rows name no concept.
        new HeldOut("Sixty-ninth held-out sample", TopicEvaluation.HELD_OUT_69, 0.881, 0.419, 0.659, 0.399, 0.839, 0.0),
        // Drawn at 0d6d6f4 before any change of the day's late evening, judged with that tagger. Unseen
        // figures, the floors: 80.1% correct, 60% main subject, 76% counting partial, 58% in the top three,
        // 72% top three all correct, one paper without a topic (a survey of speech summarization: no
        // concept has that label, nor "summarization" alone). 12 of its 19 wrong assignments are passing
        // mentions (radiance fields as what Gaussian splatting replaces, Python as the language of the
        // released code, a probability density function used for ray sampling), 3 non-topical phrases
        // ("image projection space", "joint optimization" of two stages), 2 wrong senses (3D imaging for a
        // sampling space, iterative learning control for an iterative solver), 2 broader chains (network
        // routing above a vehicle routing problem); 22 of its 90 main rows name no concept.
        new HeldOut("Seventieth held-out sample", TopicEvaluation.HELD_OUT_70, 0.800, 0.599, 0.759, 0.579, 0.719, 0.02),
        // Drawn at e16ef55 after the tenth reading, judged with that tagger. Unseen figures, the floors:
        // 79.5% correct, 56% main subject, 66% counting partial, 56% in the top three, 60% top three all
        // correct, one paper without a topic ("RGBT tracking", written without the hyphen the task's label
        // has). 16 of its 146 assignments were judged too generic, 7 of them "large language models" on
        // papers that use or evaluate an LLM. 11 of its 14 wrong assignments are passing mentions (the
        // rendering techniques listed as sources of distortion, CARLA as the simulator a dataset came
        // from), 1 wrong sense (Alzheimer's disease for the cognitive impairment of aphasia), 1 non-topical
        // phrase ("learning experience"), 1 broader chain (large language models above a small aerial VLM);
        // 27 of its 103 main rows name no concept.
        new HeldOut("Seventy-first held-out sample", TopicEvaluation.HELD_OUT_71, 0.794, 0.559, 0.659, 0.559, 0.599, 0.02),
        // Drawn at 6afe564 with the tagger of the seventy-first unchanged, judged with it. Unseen figures, the
        // floors: 76.9% correct, 74% main subject, 84% counting partial, 72% in the top three, 62% top three
        // all correct, every paper with a topic. 11 of its 156 assignments were judged too generic, 6 of them
        // "large language models" on papers that use an LLM or are on a narrower kind of it (multimodal LLMs,
        // reasoning models). 17 of its 25 wrong assignments are passing mentions (LLM judges as one evaluation
        // tool, PCA and RGB as what a band-selection method is compared with, autonomous driving as a
        // motivation), 4 non-topical phrases ("information exchange", "time windows", "action spaces",
        // "automated system"), 3 wrong senses ("3D models" for pretrained networks, "video reconstruction" for
        // rendering a caption, explanation generation for saliency maps), 1 broader chain (large language
        // models above VLMs); 25 of its 101 main rows name no concept.
        new HeldOut("Seventy-second held-out sample", TopicEvaluation.HELD_OUT_72, 0.768, 0.739, 0.839, 0.719, 0.619, 0.0),
        // Drawn at 545bab4 after the eleventh reading, judged with that tagger. Unseen figures, the floors:
        // 76.9% correct, 82% main subject, 88% counting partial, 80% in the top three, 60% top three all
        // correct, one paper without a topic (a device for fundus photography and refraction). 14 of its 160
        // assignments were judged too generic, 6 of them "language model", 5 of those judged a duplicate of
        // "large language models" on the same words. 19 of its 23 wrong assignments are passing mentions (a
        // detector among five benchmarked, one of two evaluation tasks, diffusion models as what a method
        // avoids), 3 non-topical phrases ("temporal correlations", "feature function", "language pair"), 1
        // wrong sense (video segmentation for splitting a video into steps); 14 of its 90 main rows name no
        // concept.
        new HeldOut("Seventy-third held-out sample", TopicEvaluation.HELD_OUT_73, 0.768, 0.819, 0.879, 0.799, 0.599, 0.02));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heldOutSamples")
  void topicsOnAHeldOutSampleAreNoWorseThanWhenJudged(HeldOut h) throws IOException {
    TopicEvaluation.Figures f = scoreAndList(h.set(), h.name() + ":", h.listing());
    assertThat(f.papers()).isEqualTo(50);
    assertThat(f.unjudged()).as("assignments nobody judged; judge them from %s", h.listing().toAbsolutePath()).isZero();
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(h.precision());
    assertThat(f.mainRecall()).as("main subject among the topics").isGreaterThanOrEqualTo(h.mainRecall());
    assertThat(f.mainRecallWithPartial()).as("main subject or part of it among the topics").isGreaterThanOrEqualTo(h.mainRecallWithPartial());
    assertThat(f.mainInTop3Share()).as("main subject among the top three").isGreaterThanOrEqualTo(h.mainInTop3());
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(h.top3Precision());
    assertThat(f.noTopicShare()).as("papers without a topic").isLessThanOrEqualTo(h.noTopic());
  }

  /**
   * The papers outside computing of the JSON-lines records, with their arXiv categories. Judged by
   * two readers apart (README.md beside the judged files); before the category topic 58.4% of the
   * assignments were correct, 37.2% wrong, 25.5% of the papers had their top three all correct and
   * 52.6% no topic. The floors are the figures of the rules they led to: the primary category as a
   * topic, and outside computing no topic the text names only once (chosen on the first 96 papers).
   */
  @Test
  void topicsOutsideComputingAreNoWorseThanWhenJudged() throws IOException {
    TopicEvaluation.Figures f = scoreAndList(TopicEvaluation.OUTSIDE_COMPUTING, "Outside computing:", Path.of("target", "topic-assignments-outside-computing.tsv"));
    assertThat(f.papers()).isEqualTo(192);
    assertThat(f.unjudged()).as("assignments nobody judged").isZero();
    assertThat(f.precision()).as("precision").isGreaterThanOrEqualTo(0.923);
    assertThat(f.wrongShare()).as("wrong").isLessThanOrEqualTo(0.022);
    assertThat(f.top3Precision()).as("top three all correct").isGreaterThanOrEqualTo(0.905);
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
