package org.papergraph.ingest.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.TopicCheck;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecord;
import org.papergraph.ingest.record.ReadResult;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;

/**
 * Scores the topic tagger against papers a reader judged (see README.md beside the judged
 * files): runs the real tagger over the judged records as the mapper does (the record's title,
 * null for these records, and abstract) and counts its assignments by the reader's verdicts.
 *
 * <p>{@code main} prints the report; with {@code --list} it prints every paper's assignments
 * with score, method and verdict, the list a reader works from when judging a changed tagger's
 * new (unjudged) assignments.
 */
public final class TopicEvaluation {
  static final String RECORDS = "arxiv-judged.txt";
  static final String SAMPLE = "topic-sample.tsv";
  static final String JUDGEMENTS = "topic-judgements.tsv";

  /** A judged set: its records, its sample (ids and fields) and its judgements, beside this class. */
  record JudgedSet(String records, String sample, String judgements) {}

  /** The set the tagger was developed against. */
  static final JudgedSet DEVELOPMENT = new JudgedSet(RECORDS, SAMPLE, JUDGEMENTS);

  /** A second sample, drawn and judged after the tagger was changed, to check it against papers it was not tuned on. */
  static final JudgedSet HELD_OUT = new JudgedSet("arxiv-heldout.txt", "heldout-sample.tsv", "heldout-judgements.tsv");

  /**
   * A third sample, drawn with a new seed and judged before the tagger's evidence and support
   * rules were changed, so that those rules are checked on papers neither of the other sets tuned.
   */
  static final JudgedSet HELD_OUT_2 = new JudgedSet("arxiv-heldout-2.txt", "heldout-2-sample.tsv", "heldout-2-judgements.tsv");

  /**
   * A fourth sample, drawn with a new seed and judged before the vocabulary of current terms was
   * grown from the misses of the other three sets, so that the growth is checked on papers it
   * was not drawn from.
   */
  static final JudgedSet HELD_OUT_3 = new JudgedSet("arxiv-heldout-3.txt", "heldout-3-sample.tsv", "heldout-3-judgements.tsv");

  /**
   * A fifth sample, drawn with a new seed and judged before the tagger's ranking and its
   * treatment of broader and generic topics were changed, so that those changes are checked on
   * papers they were not written from.
   */
  static final JudgedSet HELD_OUT_4 = new JudgedSet("arxiv-heldout-4.txt", "heldout-4-sample.tsv", "heldout-4-judgements.tsv");
  static final JudgedSet HELD_OUT_5 = new JudgedSet("arxiv-heldout-5.txt", "heldout-5-sample.tsv", "heldout-5-judgements.tsv");

  /**
   * A seventh sample, drawn with a new seed and judged before the vocabulary was grown from the
   * corpus by a rule that takes terms without acronyms, so that the growth is checked on papers it
   * was not drawn from.
   */
  static final JudgedSet HELD_OUT_6 = new JudgedSet("arxiv-heldout-6.txt", "heldout-6-sample.tsv", "heldout-6-judgements.tsv");
  static final JudgedSet HELD_OUT_7 = new JudgedSet("arxiv-heldout-7.txt", "heldout-7-sample.tsv", "heldout-7-judgements.tsv");
  static final JudgedSet HELD_OUT_8 = new JudgedSet("arxiv-heldout-8.txt", "heldout-8-sample.tsv", "heldout-8-judgements.tsv");

  /** A tenth sample, its main subjects set down before the tagger knew the Papers with Code tasks. */
  static final JudgedSet HELD_OUT_9 = new JudgedSet("arxiv-heldout-9.txt", "heldout-9-sample.tsv", "heldout-9-judgements.tsv");

  /** An eleventh sample, drawn after the tasks, the acronyms read with the words after them and the review's fixes. */
  static final JudgedSet HELD_OUT_10 = new JudgedSet("arxiv-heldout-10.txt", "heldout-10-sample.tsv", "heldout-10-judgements.tsv");

  /** A twelfth sample, drawn after the twenty-first venue set's round (1ebbc35), before reported measures were scored as least specific. */
  static final JudgedSet HELD_OUT_11 = new JudgedSet("arxiv-heldout-11.txt", "heldout-11-sample.tsv", "heldout-11-judgements.tsv");

  /** A thirteenth sample, drawn after the rules on reported measures and on words of learned models (f2d285c). */
  static final JudgedSet HELD_OUT_12 = new JudgedSet("arxiv-heldout-12.txt", "heldout-12-sample.tsv", "heldout-12-judgements.tsv");

  /** A fourteenth sample, drawn after the rules the twelfth's wrong assignments led to (97b54ad). */
  static final JudgedSet HELD_OUT_13 = new JudgedSet("arxiv-heldout-13.txt", "heldout-13-sample.tsv", "heldout-13-judgements.tsv");

  /** A fifteenth sample, drawn after the rules the thirteenth's wrong assignments led to (219971d). */
  static final JudgedSet HELD_OUT_14 = new JudgedSet("arxiv-heldout-14.txt", "heldout-14-sample.tsv", "heldout-14-judgements.tsv");

  /** A sixteenth sample, drawn after the twenty-fourth venue set's round (7ae1e54), judged at 99d29e3. */
  static final JudgedSet HELD_OUT_15 = new JudgedSet("arxiv-heldout-15.txt", "heldout-15-sample.tsv", "heldout-15-judgements.tsv");

  /** A seventeenth sample, drawn after the rules the sixteenth's wrong assignments led to (4295a18). */
  static final JudgedSet HELD_OUT_16 = new JudgedSet("arxiv-heldout-16.txt", "heldout-16-sample.tsv", "heldout-16-judgements.tsv");

  /** The seventeenth held-out sample, drawn after the topic check was built (841e477), judged with and without it. */
  static final JudgedSet HELD_OUT_17 = new JudgedSet("arxiv-heldout-17.txt", "heldout-17-sample.tsv", "heldout-17-judgements.tsv");

  /** The eighteenth held-out sample, drawn at d0c70d1 before tasks named by their verbs were matched, its main subjects set down before any tagger ran on it. */
  static final JudgedSet HELD_OUT_18 = new JudgedSet("arxiv-heldout-18.txt", "heldout-18-sample.tsv", "heldout-18-judgements.tsv");

  /** The nineteenth held-out sample, drawn at d88c696, its main subjects set down before any tagger ran on it. */
  static final JudgedSet HELD_OUT_19 = new JudgedSet("arxiv-heldout-19.txt", "heldout-19-sample.tsv", "heldout-19-judgements.tsv");
  /** The twentieth held-out sample, drawn at 3e2c295 after the concepts from samples 4 to 19 were added, its main subjects set down before any tagger ran on it. */
  static final JudgedSet HELD_OUT_20 = new JudgedSet("arxiv-heldout-20.txt", "heldout-20-sample.tsv", "heldout-20-judgements.tsv");
  /** The twenty-first held-out sample, drawn at 8889bf7 after British spellings were folded and three more concepts added, judged as the twentieth. */
  static final JudgedSet HELD_OUT_21 = new JudgedSet("arxiv-heldout-21.txt", "heldout-21-sample.tsv", "heldout-21-judgements.tsv");
  static final JudgedSet HELD_OUT_22 = new JudgedSet("arxiv-heldout-22.txt", "heldout-22-sample.tsv", "heldout-22-judgements.tsv");
  static final JudgedSet HELD_OUT_23 = new JudgedSet("arxiv-heldout-23.txt", "heldout-23-sample.tsv", "heldout-23-judgements.tsv");
  /** The twenty-fourth held-out sample, drawn at 185dcf6 after lists of the fields a method is applied in were read as examples, judged as the twentieth. */
  static final JudgedSet HELD_OUT_24 = new JudgedSet("arxiv-heldout-24.txt", "heldout-24-sample.tsv", "heldout-24-judgements.tsv");
  static final JudgedSet HELD_OUT_25 = new JudgedSet("arxiv-heldout-25.txt", "heldout-25-sample.tsv", "heldout-25-judgements.tsv");
  static final JudgedSet HELD_OUT_26 = new JudgedSet("arxiv-heldout-26.txt", "heldout-26-sample.tsv", "heldout-26-judgements.tsv");
  /** The twenty-seventh held-out sample, drawn at e895891 after the rule on acronyms of three initials, judged as the twentieth. */
  static final JudgedSet HELD_OUT_27 = new JudgedSet("arxiv-heldout-27.txt", "heldout-27-sample.tsv", "heldout-27-judgements.tsv");
  /** The twenty-eighth held-out sample, drawn at 1b9b94b and judged as the twentieth with the tagger of 887d127 ("applications, including"). */
  static final JudgedSet HELD_OUT_28 = new JudgedSet("arxiv-heldout-28.txt", "heldout-28-sample.tsv", "heldout-28-judgements.tsv");
  /** The twenty-ninth held-out sample, drawn at f917118 (the KV cache a concept of its own) and judged as the twentieth. */
  static final JudgedSet HELD_OUT_29 = new JudgedSet("arxiv-heldout-29.txt", "heldout-29-sample.tsv", "heldout-29-judgements.tsv");
  /** The thirtieth held-out sample, drawn at c7eba2e (arXiv subjects as topics outside computing) and judged as the twentieth. */
  static final JudgedSet HELD_OUT_30 = new JudgedSet("arxiv-heldout-30.txt", "heldout-30-sample.tsv", "heldout-30-judgements.tsv");
  /** The thirty-first held-out sample, drawn at ed4af13 (ten concepts from samples 20 to 30) and judged as the twentieth. */
  static final JudgedSet HELD_OUT_31 = new JudgedSet("arxiv-heldout-31.txt", "heldout-31-sample.tsv", "heldout-31-judgements.tsv");
  /** The thirty-second held-out sample, drawn at 249ce59 and judged as the twentieth with the tagger of 26c31a1 (fifteen non-topical phrases, "grasp", "interleaved", three head abbreviations). */
  static final JudgedSet HELD_OUT_32 = new JudgedSet("arxiv-heldout-32.txt", "heldout-32-sample.tsv", "heldout-32-judgements.tsv");
  /** The thirty-third held-out sample, drawn at 09f87b6 (after the label audit) and judged as the twentieth with that tagger. */
  static final JudgedSet HELD_OUT_33 = new JudgedSet("arxiv-heldout-33.txt", "heldout-33-sample.tsv", "heldout-33-judgements.tsv");
  /** The thirty-fourth held-out sample, drawn at b07d7d7 and judged as the twentieth with the tagger of 224e505 (surgery, the law, dentistry; seven properties non-topical). */
  static final JudgedSet HELD_OUT_34 = new JudgedSet("arxiv-heldout-34.txt", "heldout-34-sample.tsv", "heldout-34-judgements.tsv");
  /** The thirty-fifth held-out sample, drawn at 4740164 and judged as the twentieth with the tagger of 95bccee (the concepts from samples 31 to 34, task phrases, training words). */
  static final JudgedSet HELD_OUT_35 = new JudgedSet("arxiv-heldout-35.txt", "heldout-35-sample.tsv", "heldout-35-judgements.tsv");
  /** The thirty-sixth held-out sample, drawn at 951f8b8 and judged as the twentieth with the same tagger as the thirty-fifth. */
  static final JudgedSet HELD_OUT_36 = new JudgedSet("arxiv-heldout-36.txt", "heldout-36-sample.tsv", "heldout-36-judgements.tsv");
  /** The thirty-seventh held-out sample, drawn at e91a73d and judged as the twentieth with the same tagger as the thirty-fifth. */
  static final JudgedSet HELD_OUT_37 = new JudgedSet("arxiv-heldout-37.txt", "heldout-37-sample.tsv", "heldout-37-judgements.tsv");
  /** The thirty-eighth held-out sample, drawn at 2f3b9a1 and judged as the twentieth with that tagger (multi-hop reasoning, four concepts, seven non-topical phrases). */
  static final JudgedSet HELD_OUT_38 = new JudgedSet("arxiv-heldout-38.txt", "heldout-38-sample.tsv", "heldout-38-judgements.tsv");
  /** The thirty-ninth held-out sample, drawn at bb9724c and judged as the twentieth with that tagger (nine concepts for recurring unnamed subjects). */
  static final JudgedSet HELD_OUT_39 = new JudgedSet("arxiv-heldout-39.txt", "heldout-39-sample.tsv", "heldout-39-judgements.tsv");
  /** The fortieth held-out sample, drawn at 31a5052 and judged as the twentieth with that tagger (the rules and concepts written after the thirty-ninth). */
  static final JudgedSet HELD_OUT_40 = new JudgedSet("arxiv-heldout-40.txt", "heldout-40-sample.tsv", "heldout-40-judgements.tsv");
  /** The forty-first held-out sample, drawn at 377826c and judged as the twentieth with that tagger ("LegalAI", "computing paradigm", labels in -eed). */
  static final JudgedSet HELD_OUT_41 = new JudgedSet("arxiv-heldout-41.txt", "heldout-41-sample.tsv", "heldout-41-judgements.tsv");
  /**
   * The forty-second held-out sample, drawn at 26b42e2, its main subjects set down before any rule of
   * that day, and judged as the twentieth with the tagger after them (the clause of what remains
   * unexplored, labels of video LLMs, text-to-motion and rule-based rewards).
   */
  static final JudgedSet HELD_OUT_42 = new JudgedSet("arxiv-heldout-42.txt", "heldout-42-sample.tsv", "heldout-42-judgements.tsv");
  /** The forty-third held-out sample, drawn at c4a7d67 and judged as the twentieth with that tagger (the rules, labels and admitting check of 2026-12-05 evening). */
  static final JudgedSet HELD_OUT_43 = new JudgedSet("arxiv-heldout-43.txt", "heldout-43-sample.tsv", "heldout-43-judgements.tsv");
  /** The forty-fourth held-out sample, drawn at 969fd34, before any change of 2026-12-05 night; its main subjects were set down before those changes, its assignments judged with the tagger after them. */
  static final JudgedSet HELD_OUT_44 = new JudgedSet("arxiv-heldout-44.txt", "heldout-44-sample.tsv", "heldout-44-judgements.tsv");
  /** The forty-fifth held-out sample, drawn at 6d5d219, after the rules of 2026-12-05 night, and judged with the tagger of e78c251. */
  static final JudgedSet HELD_OUT_45 = new JudgedSet("arxiv-heldout-45.txt", "heldout-45-sample.tsv", "heldout-45-judgements.tsv");
  /** The forty-sixth held-out sample, drawn at d196482, before any change of 2026-12-06; its main subjects were set down before those changes, its assignments judged with the tagger after them. */
  static final JudgedSet HELD_OUT_46 = new JudgedSet("arxiv-heldout-46.txt", "heldout-46-sample.tsv", "heldout-46-judgements.tsv");
  /** The forty-seventh held-out sample, drawn at ac979a9, before any change of 2026-12-06 night; its main subjects were set down and its assignments judged with the tagger of ac979a9, before those changes. */
  static final JudgedSet HELD_OUT_47 = new JudgedSet("arxiv-heldout-47.txt", "heldout-47-sample.tsv", "heldout-47-judgements.tsv");
  /** The forty-eighth held-out sample, drawn at 5d6bb1a, before any change of 2026-12-06 morning; its main subjects were set down and its assignments judged with the tagger of 5d6bb1a. */
  static final JudgedSet HELD_OUT_48 = new JudgedSet("arxiv-heldout-48.txt", "heldout-48-sample.tsv", "heldout-48-judgements.tsv");
  /** The forty-ninth held-out sample, drawn at cc52681, before any change of 2026-12-06 late morning; its main subjects were set down and its assignments judged with the tagger of cc52681. */
  static final JudgedSet HELD_OUT_49 = new JudgedSet("arxiv-heldout-49.txt", "heldout-49-sample.tsv", "heldout-49-judgements.tsv");
  /** The fiftieth held-out sample, drawn at 85c6fd1, before any change of 2026-12-06 midday; its main subjects were set down and its assignments judged with the tagger of 85c6fd1. */
  static final JudgedSet HELD_OUT_50 = new JudgedSet("arxiv-heldout-50.txt", "heldout-50-sample.tsv", "heldout-50-judgements.tsv");
  /** The fifty-first held-out sample, drawn at 66a4838, before any change of 2026-12-06 afternoon; its main subjects were set down and its assignments judged with the tagger of 66a4838. */
  static final JudgedSet HELD_OUT_51 = new JudgedSet("arxiv-heldout-51.txt", "heldout-51-sample.tsv", "heldout-51-judgements.tsv");
  /** The fifty-second held-out sample, drawn at 2ea4a26, after the changes of 2026-12-06 afternoon; its main subjects were set down and its assignments judged with the tagger of 2ea4a26. */
  static final JudgedSet HELD_OUT_52 = new JudgedSet("arxiv-heldout-52.txt", "heldout-52-sample.tsv", "heldout-52-judgements.tsv");
  /** The fifty-third held-out sample, drawn at 73e3563, before any change of 2026-12-06 evening; its main subjects were set down and its assignments judged with the tagger of 73e3563. */
  static final JudgedSet HELD_OUT_53 = new JudgedSet("arxiv-heldout-53.txt", "heldout-53-sample.tsv", "heldout-53-judgements.tsv");
  /** The fifty-fourth held-out sample, drawn at 9da9062, after the first changes of 2026-12-06 evening; its main subjects were set down and its assignments judged with the tagger of 9da9062. */
  static final JudgedSet HELD_OUT_54 = new JudgedSet("arxiv-heldout-54.txt", "heldout-54-sample.tsv", "heldout-54-judgements.tsv");
  /** The fifty-fifth held-out sample, drawn at 0c8c024, before any change of 2026-12-06 night; its main subjects were set down and its assignments judged with the tagger of 0c8c024. */
  static final JudgedSet HELD_OUT_55 = new JudgedSet("arxiv-heldout-55.txt", "heldout-55-sample.tsv", "heldout-55-judgements.tsv");
  /** The fifty-sixth held-out sample, drawn at d37f625, after the first changes of 2026-12-06 night; its main subjects were set down and its assignments judged with the tagger of d37f625. */
  static final JudgedSet HELD_OUT_56 = new JudgedSet("arxiv-heldout-56.txt", "heldout-56-sample.tsv", "heldout-56-judgements.tsv");
  /** The fifty-seventh held-out sample, drawn at 6bf6b37, before any change of 2026-12-06 late night; its main subjects were set down and its assignments judged with the tagger of 6bf6b37. */
  static final JudgedSet HELD_OUT_57 = new JudgedSet("arxiv-heldout-57.txt", "heldout-57-sample.tsv", "heldout-57-judgements.tsv");
  /** The fifty-eighth held-out sample, drawn at c86b1ba, after the first changes of 2026-12-06 late night; its main subjects were set down and its assignments judged with the tagger of c86b1ba. */
  static final JudgedSet HELD_OUT_58 = new JudgedSet("arxiv-heldout-58.txt", "heldout-58-sample.tsv", "heldout-58-judgements.tsv");
  /** The fifty-ninth held-out sample, drawn at c545dc7, before any change of 2026-12-07; its main subjects were set down and its assignments judged with the tagger of c545dc7. */
  static final JudgedSet HELD_OUT_59 = new JudgedSet("arxiv-heldout-59.txt", "heldout-59-sample.tsv", "heldout-59-judgements.tsv");
  /** The sixtieth held-out sample, drawn at 952b3e1, after the concepts and labels of 2026-12-07; its main subjects were set down and its assignments judged with the tagger of 952b3e1. */
  static final JudgedSet HELD_OUT_60 = new JudgedSet("arxiv-heldout-60.txt", "heldout-60-sample.tsv", "heldout-60-judgements.tsv");
  /** The sixty-first held-out sample, drawn at 5c1d0b0, before any change of 2026-12-07 night; its main subjects were set down and its assignments judged with the tagger of 5c1d0b0. */
  static final JudgedSet HELD_OUT_61 = new JudgedSet("arxiv-heldout-61.txt", "heldout-61-sample.tsv", "heldout-61-judgements.tsv");
  /** The sixty-second held-out sample, drawn at f0b7da5, before any change of 2026-12-07 morning; its main subjects were set down and its assignments judged with the tagger of f0b7da5. */
  static final JudgedSet HELD_OUT_62 = new JudgedSet("arxiv-heldout-62.txt", "heldout-62-sample.tsv", "heldout-62-judgements.tsv");
  /** The sixty-third held-out sample, drawn at 877d5e2, after the lists moved to data and the two phrases of 2026-12-07 morning (before supervised learning was weighed as named in passing); its main subjects were set down and its assignments judged with the tagger of 877d5e2. */
  static final JudgedSet HELD_OUT_63 = new JudgedSet("arxiv-heldout-63.txt", "heldout-63-sample.tsv", "heldout-63-judgements.tsv");
  /** The sixty-fourth held-out sample, drawn at c1bb9ed, after the topic check moved to e5-small-v2; its main subjects were set down and its assignments judged with the tagger of c1bb9ed and the held-back matches that check admits. */
  static final JudgedSet HELD_OUT_64 = new JudgedSet("arxiv-heldout-64.txt", "heldout-64-sample.tsv", "heldout-64-judgements.tsv");
  /** The sixty-fifth held-out sample, drawn at c7eced2 with the tagger and topic check of the sixty-fourth; its main subjects were set down and its assignments judged with that tagger and the held-back matches that check admits. */
  static final JudgedSet HELD_OUT_65 = new JudgedSet("arxiv-heldout-65.txt", "heldout-65-sample.tsv", "heldout-65-judgements.tsv");
  /** The sixty-sixth held-out sample, drawn at 01d5408 with the seed {@code heldout-2090:}; its main subjects were set down and its assignments judged with the tagger of 9f0e293 (after the eighth reading of the unnamed main subjects) and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_66 = new JudgedSet("arxiv-heldout-66.txt", "heldout-66-sample.tsv", "heldout-66-judgements.tsv");
  /** The sixty-seventh held-out sample, drawn at e61368b with the seed {@code heldout-2091:}, after the labels and phrases of a second reading in other words; its main subjects were set down and its assignments judged with the tagger of e61368b and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_67 = new JudgedSet("arxiv-heldout-67.txt", "heldout-67-sample.tsv", "heldout-67-judgements.tsv");
  /** The sixty-eighth held-out sample, drawn at 3800555 with the seed {@code heldout-2092:}, after the topic check admitted held-back matches beside a single kept topic; its main subjects were set down and its assignments judged with the tagger of 3800555 and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_68 = new JudgedSet("arxiv-heldout-68.txt", "heldout-68-sample.tsv", "heldout-68-judgements.tsv");
  /** The sixty-ninth held-out sample, drawn with the seed {@code heldout-2093:} after the phrases read from the misses of samples 7 to 67 and the ninth reading of the unnamed main subjects; its main subjects were set down and its assignments judged with that tagger and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_69 = new JudgedSet("arxiv-heldout-69.txt", "heldout-69-sample.tsv", "heldout-69-judgements.tsv");
  /** The seventieth held-out sample, drawn at 0d6d6f4 with the seed {@code heldout-2094:}, before any change of 2026-12-07 late evening; its main subjects were set down and its assignments judged with the tagger of 0d6d6f4 and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_70 = new JudgedSet("arxiv-heldout-70.txt", "heldout-70-sample.tsv", "heldout-70-judgements.tsv");
  /** The seventy-first held-out sample, drawn at e16ef55 with the seed {@code heldout-2095:}, after the tenth reading of the unnamed main subjects; its main subjects were set down and its assignments judged with the tagger of e16ef55 and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_71 = new JudgedSet("arxiv-heldout-71.txt", "heldout-71-sample.tsv", "heldout-71-judgements.tsv");
  /** The seventy-second held-out sample, drawn at 6afe564 with the seed {@code heldout-2096:}, with the tagger of the seventy-first unchanged; its main subjects were set down and its assignments judged with that tagger and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_72 = new JudgedSet("arxiv-heldout-72.txt", "heldout-72-sample.tsv", "heldout-72-judgements.tsv");
  /** The seventy-third held-out sample, drawn at 545bab4 with the seed {@code heldout-2097:}, after the eleventh reading of the unnamed main subjects; its main subjects were set down and its assignments judged with the tagger of 545bab4 and the held-back matches the topic check admits. */
  static final JudgedSet HELD_OUT_73 = new JudgedSet("arxiv-heldout-73.txt", "heldout-73-sample.tsv", "heldout-73-judgements.tsv");

  /**
   * The papers outside computing (none of their arXiv categories cs.*, eess.* or stat.ML) of the
   * 200 JSON-lines records of the Kaggle arXiv dump (2007), with their categories: what the
   * tagger gives physics and mathematics, its primary-category topic included.
   */
  static final JudgedSet OUTSIDE_COMPUTING =
      new JudgedSet("/org/papergraph/ingest/record/jsonl/arxiv-kaggle-200.jsonl", "outside-computing-sample.tsv", "outside-computing-judgements.tsv");

  /** The held-out sets in the order they were drawn: {@code --held-out} is the first, {@code --held-out-N} the N-th. */
  static final List<JudgedSet> HELD_OUT_SETS = List.of(HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8, HELD_OUT_9, HELD_OUT_10, HELD_OUT_11, HELD_OUT_12, HELD_OUT_13, HELD_OUT_14, HELD_OUT_15, HELD_OUT_16, HELD_OUT_17, HELD_OUT_18, HELD_OUT_19, HELD_OUT_20, HELD_OUT_21, HELD_OUT_22, HELD_OUT_23, HELD_OUT_24, HELD_OUT_25, HELD_OUT_26, HELD_OUT_27, HELD_OUT_28, HELD_OUT_29, HELD_OUT_30, HELD_OUT_31, HELD_OUT_32, HELD_OUT_33, HELD_OUT_34, HELD_OUT_35, HELD_OUT_36, HELD_OUT_37, HELD_OUT_38, HELD_OUT_39, HELD_OUT_40, HELD_OUT_41, HELD_OUT_42, HELD_OUT_43, HELD_OUT_44, HELD_OUT_45, HELD_OUT_46, HELD_OUT_47, HELD_OUT_48, HELD_OUT_49, HELD_OUT_50, HELD_OUT_51, HELD_OUT_52, HELD_OUT_53, HELD_OUT_54, HELD_OUT_55, HELD_OUT_56, HELD_OUT_57, HELD_OUT_58, HELD_OUT_59, HELD_OUT_60, HELD_OUT_61, HELD_OUT_62, HELD_OUT_63, HELD_OUT_64, HELD_OUT_65, HELD_OUT_66, HELD_OUT_67, HELD_OUT_68, HELD_OUT_69, HELD_OUT_70, HELD_OUT_71, HELD_OUT_72, HELD_OUT_73);

  /** What the reader said of one assignment. */
  enum Verdict {
    CORRECT,
    GENERIC,
    WRONG
  }

  /** The reasons a reader gives for a wrong assignment. */
  static final Set<String> WRONG_REASONS = Set.of("passing-mention", "wrong-sense", "non-topical-phrase", "broader-chain");

  record Judged(Verdict verdict, String reason) {}

  /**
   * One paper's judgements.
   *
   * @param field the field it was sampled from
   * @param mains its main subjects, each as the concepts that name it (any one of them is a hit)
   * @param mainGaps main subjects no concept of either scheme names
   * @param partial concepts that name a main subject only in part (broader, or one half of it)
   * @param assigned the verdict on each assignment the tagger made when it was judged
   * @param acceptable further concepts a reader would accept as correct
   */
  record Paper(
      String arxivId,
      String field,
      List<Set<String>> mains,
      List<String> mainGaps,
      Set<String> partial,
      Map<String, Judged> assigned,
      Set<String> acceptable) {

    /** The verdict on a concept, or null when the reader said nothing about it. */
    Judged judge(String slug) {
      Judged j = assigned.get(slug);
      if (j != null) {
        return j;
      }
      if (acceptable.contains(slug) || mains.stream().anyMatch(m -> m.contains(slug))) {
        return new Judged(Verdict.CORRECT, "");
      }
      return null;
    }
  }

  /** The figures of one run. */
  record Figures(
      int papers,
      int assignments,
      int judged,
      int correct,
      int generic,
      int wrong,
      int unjudged,
      int papersWithMain,
      int mainHit,
      int mainHitOrPartial,
      int mainInTop3,
      int top3AllCorrect,
      int noTopic,
      Map<String, int[]> byMethod,
      Map<String, int[]> byScore,
      Map<String, Integer> wrongByReason) {

    double precision() {
      return share(correct, judged);
    }

    double genericShare() {
      return share(generic, judged);
    }

    double wrongShare() {
      return share(wrong, judged);
    }

    double mainRecall() {
      return share(mainHit, papersWithMain);
    }

    double mainRecallWithPartial() {
      return share(mainHitOrPartial, papersWithMain);
    }

    /** Share of the papers with a main subject whose three best-scored topics hold one of them. */
    double mainInTop3Share() {
      return share(mainInTop3, papersWithMain);
    }

    double top3Precision() {
      return share(top3AllCorrect, papers);
    }

    double noTopicShare() {
      return share(noTopic, papers);
    }

    private static double share(int n, int of) {
      return of == 0 ? 0 : (double) n / of;
    }
  }

  private TopicEvaluation() {}

  /**
   * Prints the report; {@code --list} lists the assignments instead; {@code --held-out},
   * {@code --held-out-2} to {@code --held-out-73} use the first to seventy-third held-out set,
   * {@code --outside-computing} the papers outside computing of the JSON-lines records;
   * {@code --check} prints every set's figures without and with the topic check instead, and the
   * mean of the held-out samples from {@link #FIRST_SETTLED_SAMPLE} on.
   */
  public static void main(String[] args) throws IOException {
    TopicTagger tagger = new TopicTagger(TopicReference.load(TestTopics.SEEDS));
    List<String> flags = List.of(args);
    JudgedSet set = flags.contains("--held-out") ? HELD_OUT : flags.contains("--outside-computing") ? OUTSIDE_COMPUTING : DEVELOPMENT;
    for (int n = 2; n <= HELD_OUT_SETS.size(); n++) {
      if (flags.contains("--held-out-" + n)) {
        set = HELD_OUT_SETS.get(n - 1);
      }
    }
    if (flags.contains("--check")) {
      compareCheck(tagger, System.out);
      return;
    }
    Map<String, PaperRecord> records = records(set);
    Map<String, Paper> papers = judgements(set);
    if (List.of(args).contains("--list")) {
      list(tagger, records, papers, System.out);
    } else {
      print(evaluate(tagger, records, papers), System.out);
    }
  }

  /** The judged records, by arXiv id, in file order. */
  static Map<String, PaperRecord> records() throws IOException {
    return records(DEVELOPMENT);
  }

  static Map<String, PaperRecord> records(JudgedSet set) throws IOException {
    Map<String, PaperRecord> out = new LinkedHashMap<>();
    try (InputStream in = resource(set.records());
        RecordReader r = RecordFormat.fromFileName(set.records()).reader(Inputs.reader(in), set.records())) {
      r.forEachRemaining(
          res -> {
            if (!(res instanceof ReadResult.Accepted a)) {
              throw new IllegalStateException(set.records() + " holds a record the reader rejects: " + res);
            }
            out.put(a.record().arxivId(), a.record());
          });
    }
    return out;
  }

  /** The sample with the reader's judgements, by arXiv id, in the sample's order. */
  static Map<String, Paper> judgements() throws IOException {
    return judgements(DEVELOPMENT);
  }

  static Map<String, Paper> judgements(JudgedSet set) throws IOException {
    String sampleFile = set.sample();
    String judgementsFile = set.judgements();
    Map<String, Paper> out = new LinkedHashMap<>();
    for (String[] row : rows(sampleFile, 2)) {
      out.put(row[0], new Paper(row[0], row[1], new ArrayList<>(), new ArrayList<>(), new HashSet<>(), new LinkedHashMap<>(), new HashSet<>()));
    }
    int line = 0;
    for (String[] row : rows(judgementsFile, 5)) {
      line++;
      Paper p = out.get(row[0]);
      String where = judgementsFile + " row " + line + " (" + String.join(" ", row) + ")";
      if (p == null) {
        throw new IllegalStateException(where + ": paper not in " + sampleFile);
      }
      switch (row[1]) {
        case "main" -> {
          if (row[2].equals("-")) {
            p.mainGaps().add(row[4]);
          } else {
            p.mains().add(Set.of(row[2].split("\\s*\\|\\s*")));
          }
        }
        // "-": a subject no concept names, kept as a note on the schemes' coverage.
        case "partial" -> addConcept(p.partial(), row[2]);
        case "acceptable" -> addConcept(p.acceptable(), row[2]);
        case "assigned" -> {
          Verdict v;
          try {
            v = Verdict.valueOf(row[3].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": the verdict is correct, generic or wrong, not '" + row[3] + "'");
          }
          if (v == Verdict.WRONG && !WRONG_REASONS.contains(row[4])) {
            throw new IllegalStateException(where + ": a wrong assignment needs one of the reasons " + WRONG_REASONS);
          }
          if (p.assigned().put(row[2], new Judged(v, row[4])) != null) {
            throw new IllegalStateException(where + ": " + row[2] + " is judged twice");
          }
        }
        default -> throw new IllegalStateException(where + ": the kind is main, partial, acceptable or assigned, not '" + row[1] + "'");
      }
    }
    return out;
  }

  /** A partial or acceptable row's concepts: like a main row's, one slug or several joined by " | ". */
  private static void addConcept(Set<String> to, String concept) {
    if (!concept.equals("-")) {
      to.addAll(List.of(concept.split("\\s*\\|\\s*")));
    }
  }

  /** Tab-separated rows of a resource, comment lines (#) and blank lines skipped, padded to {@code columns}. */
  private static List<String[]> rows(String name, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      String s;
      while ((s = r.readLine()) != null) {
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] cells = s.split("\t", -1);
        if (cells.length < columns - 1 || cells.length > columns) {
          throw new IllegalStateException(name + ": expected " + columns + " tab-separated columns, got " + cells.length + ": " + s);
        }
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = i < cells.length ? cells[i].strip() : "";
        }
        out.add(row);
      }
    }
    return out;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TopicEvaluation.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("no resource " + name + " beside " + TopicEvaluation.class.getName());
    }
    return in;
  }

  static Figures evaluate(TopicTagger tagger, Map<String, PaperRecord> records, Map<String, Paper> papers) {
    return evaluate(r -> topics(tagger, r), records, papers);
  }

  /** A record's topics as the ingest's mapper asks for them: title, abstract and arXiv categories. */
  static List<TopicAssignment> topics(TopicTagger tagger, PaperRecord r) {
    return tagger.tag(r.title(), r.abstractText(), r.categories());
  }

  /** The figures of the topics {@code topicsOf} gives each judged record, in their order. */
  static Figures evaluate(Function<PaperRecord, List<TopicAssignment>> topicsOf, Map<String, PaperRecord> records, Map<String, Paper> papers) {
    int assignments = 0, judged = 0, correct = 0, generic = 0, wrong = 0, unjudged = 0;
    int withMain = 0, mainHit = 0, mainOrPartial = 0, mainTop3 = 0, top3 = 0, none = 0;
    Map<String, int[]> byMethod = new TreeMap<>();
    Map<String, int[]> byScore = new LinkedHashMap<>();
    for (String band : List.of("0.8 and above", "above 0.7", "exactly 0.7", "below 0.7")) {
      byScore.put(band, new int[4]);
    }
    Map<String, Integer> byReason = new TreeMap<>();
    for (Paper p : papers.values()) {
      PaperRecord r = records.get(p.arxivId());
      if (r == null) {
        throw new IllegalStateException("no record " + p.arxivId() + " for the judged paper of field " + p.field());
      }
      List<TopicAssignment> topics = topicsOf.apply(r);
      Set<String> slugs = new HashSet<>();
      Set<String> firstThree = new HashSet<>();
      topics.stream().limit(3).forEach(a -> firstThree.add(a.slug()));
      boolean firstThreeCorrect = !topics.isEmpty();
      for (int i = 0; i < topics.size(); i++) {
        TopicAssignment a = topics.get(i);
        slugs.add(a.slug());
        assignments++;
        Judged j = p.judge(a.slug());
        // Counts per method: correct, generic, wrong, unjudged.
        int[] m = byMethod.computeIfAbsent(a.method().name().toLowerCase(Locale.ROOT), k -> new int[4]);
        int[] b = byScore.computeIfAbsent(scoreBand(a.score()), k -> new int[4]);
        if (j == null) {
          unjudged++;
          m[3]++;
          b[3]++;
          firstThreeCorrect &= i >= 3;
          continue;
        }
        judged++;
        switch (j.verdict()) {
          case CORRECT -> {
            correct++;
            m[0]++;
            b[0]++;
          }
          case GENERIC -> {
            generic++;
            m[1]++;
            b[1]++;
          }
          case WRONG -> {
            wrong++;
            m[2]++;
            b[2]++;
            byReason.merge(j.reason(), 1, Integer::sum);
          }
        }
        firstThreeCorrect &= i >= 3 || j.verdict() == Verdict.CORRECT;
      }
      if (topics.isEmpty()) {
        none++;
      }
      if (firstThreeCorrect) {
        top3++;
      }
      if (!p.mains().isEmpty() || !p.mainGaps().isEmpty()) {
        withMain++;
        boolean hit = p.mains().stream().anyMatch(m -> m.stream().anyMatch(slugs::contains));
        if (hit) {
          mainHit++;
        }
        if (p.mains().stream().anyMatch(m -> m.stream().anyMatch(firstThree::contains))) {
          mainTop3++;
        }
        if (hit || p.partial().stream().anyMatch(slugs::contains)) {
          mainOrPartial++;
        }
      }
    }
    return new Figures(papers.size(), assignments, judged, correct, generic, wrong, unjudged, withMain, mainHit, mainOrPartial, mainTop3, top3, none, byMethod, byScore, byReason);
  }

  /** The score bands of the report: the tagger's scores sit on a few steps (0.7 is a two-word label seen once). */
  private static String scoreBand(double score) {
    if (score >= 0.8) {
      return "0.8 and above";
    }
    if (score > 0.7) {
      return "above 0.7";
    }
    return score == 0.7 ? "exactly 0.7" : "below 0.7";
  }

  static void print(Figures f, PrintStream out) {
    out.printf(Locale.ROOT, "Topic quality over %d judged papers, %d assignments (%d judged, %d unjudged)%n", f.papers(), f.assignments(), f.judged(), f.unjudged());
    out.printf(Locale.ROOT, "  precision (correct / judged)        %5.1f%%  (%d)%n", 100 * f.precision(), f.correct());
    out.printf(Locale.ROOT, "  too generic                         %5.1f%%  (%d)%n", 100 * f.genericShare(), f.generic());
    out.printf(Locale.ROOT, "  wrong                               %5.1f%%  (%d)%n", 100 * f.wrongShare(), f.wrong());
    out.printf(Locale.ROOT, "  main subject among topics           %5.1f%%  (%d of %d)%n", 100 * f.mainRecall(), f.mainHit(), f.papersWithMain());
    out.printf(Locale.ROOT, "    counting partial                  %5.1f%%  (%d)%n", 100 * f.mainRecallWithPartial(), f.mainHitOrPartial());
    out.printf(Locale.ROOT, "  main subject among the top 3        %5.1f%%  (%d)%n", 100 * f.mainInTop3Share(), f.mainInTop3());
    out.printf(Locale.ROOT, "  top 3 by score all correct          %5.1f%%  (%d)%n", 100 * f.top3Precision(), f.top3AllCorrect());
    out.printf(Locale.ROOT, "  papers with no topic                %5.1f%%  (%d)%n", 100 * f.noTopicShare(), f.noTopic());
    out.println("  by method: correct / generic / wrong / unjudged");
    f.byMethod().forEach((m, c) -> printCounts(out, m, c));
    out.println("  by score: correct / generic / wrong / unjudged");
    f.byScore().forEach((band, c) -> printCounts(out, band, c));
    out.println("  wrong by reason:");
    f.wrongByReason().forEach((r, n) -> out.printf(Locale.ROOT, "    %-20s %4d%n", r, n));
  }

  private static void printCounts(PrintStream out, String name, int[] c) {
    int judged = c[0] + c[1] + c[2];
    out.printf(Locale.ROOT, "    %-15s %4d %4d %4d %4d  (precision %.1f%%)%n", name, c[0], c[1], c[2], c[3], judged == 0 ? 0.0 : 100.0 * c[0] / judged);
  }

  /** Every paper's assignments with their verdicts ("?" where unjudged), for judging. */
  static void list(TopicTagger tagger, Map<String, PaperRecord> records, Map<String, Paper> papers, PrintStream out) {
    for (Paper p : papers.values()) {
      PaperRecord r = records.get(p.arxivId());
      out.printf("%s\t%s%n", p.arxivId(), p.field());
      for (TopicAssignment a : topics(tagger, r)) {
        Judged j = p.judge(a.slug());
        String verdict = j == null ? "?" : j.verdict().name().toLowerCase(Locale.ROOT) + (j.reason().isEmpty() ? "" : " " + j.reason());
        out.printf(Locale.ROOT, "\t%s\t%.3f\t%s\t%s\t%s\t%s%n", a.slug(), a.score(), a.method().name().toLowerCase(Locale.ROOT), a.label(), verdict, evidence(a));
      }
    }
  }

  /** An assignment's mentions, each as {@code sentence "words"@offset}: what a reader checks a verdict against. */
  private static String evidence(TopicAssignment a) {
    StringBuilder sb = new StringBuilder();
    for (TopicEvidence e : a.evidence()) {
      sb.append(sb.length() == 0 ? "" : " ").append(e.sentence().name().toLowerCase(Locale.ROOT)).append(" \"").append(e.text()).append("\"@").append(e.start());
    }
    return sb.toString();
  }

  /**
   * The figures of every judged set with the tagger's topics as they are, and after the topic
   * check ({@link TopicCheck}) that the embedding pass applies: each paper's title and abstract
   * and each topic's labels embedded as the pass embeds them (a topic's vector is the mean of its
   * labels'), then the same rule.
   */
  static void compareCheck(TopicTagger tagger, PrintStream out) throws IOException {
    PaperEmbedder model = PaperEmbedder.e5Small();
    Map<String, float[]> labelVectors = new HashMap<>();
    Function<TopicAssignment, float[]> topicVector = a -> {
      List<float[]> labels = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      seen.add(a.concept().prefLabel());
      seen.addAll(a.concept().altLabels());
      for (String l : seen) {
        labels.add(labelVectors.computeIfAbsent(l, model::embedQuery));
      }
      return TopicCheck.meanOf(labels);
    };
    // Both passes read the same abstracts: each is run through the model once.
    Map<String, float[]> paperVectors = new HashMap<>();
    Function<PaperRecord, float[]> paperVector = r -> paperVectors.computeIfAbsent(r.arxivId(), id -> model.embedPassage(PaperEmbedder.text(r.title(), r.abstractText())));
    Function<PaperRecord, List<TopicAssignment>> removing = r -> check(tagger, r, paperVector, topicVector, false);
    Function<PaperRecord, List<TopicAssignment>> admitting = r -> check(tagger, r, paperVector, topicVector, true);
    out.println("Removal only, for comparison:");
    compare(tagger, removing, out);
    out.println();
    out.println("The check as it runs: removal, and held-back matches admitted at score + " + TopicCheck.WEIGHT + " x cosine >= " + TopicCheck.ADMIT + " beside "
        + TopicCheck.ADMIT_AFTER + " kept topic(s) or more, up to " + TopicCheck.MAX_TOPICS + " topics a paper:");
    compare(tagger, admitting, out);
  }

  /**
   * A paper's topics after the check as the embedding pass applies it: those the rule keeps, and,
   * with {@code admit}, the held-back matches it admits after them ({@link TopicCheck#admit}).
   */
  private static List<TopicAssignment> check(
      TopicTagger tagger, PaperRecord r, Function<PaperRecord, float[]> paperVector, Function<TopicAssignment, float[]> topicVector, boolean admit) {
    List<TopicAssignment> topics = topics(tagger, r);
    if (topics.isEmpty()) {
      return topics;
    }
    float[] paper = paperVector.apply(r);
    List<TopicCheck.Candidate<TopicAssignment>> candidates = new ArrayList<>();
    for (TopicAssignment a : topics) {
      candidates.add(new TopicCheck.Candidate<>(a, a.score(), TopicCheck.cosine(paper, topicVector.apply(a))));
    }
    List<TopicAssignment> kept = new ArrayList<>(TopicCheck.judge(candidates).stream().filter(TopicCheck.Verdict::kept).map(TopicCheck.Verdict::assignment).toList());
    if (admit) {
      List<TopicCheck.Candidate<TopicAssignment>> heldBack = new ArrayList<>();
      for (TopicAssignment a : tagger.heldBack(r.title(), r.abstractText(), r.categories())) {
        heldBack.add(new TopicCheck.Candidate<>(a, a.score(), TopicCheck.cosine(paper, topicVector.apply(a))));
      }
      TopicCheck.admit(kept.size(), heldBack).forEach(c -> kept.add(c.assignment()));
    }
    return kept;
  }

  private static void compare(TopicTagger tagger, Function<PaperRecord, List<TopicAssignment>> checked, PrintStream out) throws IOException {
    out.println("set            papers  assignments   precision      wrong      generic    main subject   main in top 3  top 3 correct   no topic   unjudged");
    List<JudgedSet> sets = new ArrayList<>();
    sets.add(DEVELOPMENT);
    sets.addAll(HELD_OUT_SETS);
    List<Figures> settledBefore = new ArrayList<>();
    List<Figures> settledAfter = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      JudgedSet set = sets.get(i);
      Map<String, PaperRecord> records = records(set);
      Map<String, Paper> papers = judgements(set);
      Figures before = evaluate(tagger, records, papers);
      Figures after = evaluate(checked, records, papers);
      out.printf(Locale.ROOT, "%-14s %6d  %4d -> %4d  %s  %d%n", i == 0 ? "development" : "held-out-" + i, before.papers(), before.assignments(),
          after.assignments(), changes(f -> f.applyAsDouble(before), f -> f.applyAsDouble(after)), after.unjudged());
      if (i >= FIRST_SETTLED_SAMPLE) {
        settledBefore.add(before);
        settledAfter.add(after);
      }
    }
    out.printf(Locale.ROOT, "mean of held-out-%d to held-out-%d (%d samples, each weighing the same):%n", FIRST_SETTLED_SAMPLE, HELD_OUT_SETS.size(), settledBefore.size());
    out.printf(Locale.ROOT, "%-14s %6d  %4d -> %4d  %s%n", "mean", settledBefore.stream().mapToInt(Figures::papers).sum(),
        settledBefore.stream().mapToInt(Figures::assignments).sum(), settledAfter.stream().mapToInt(Figures::assignments).sum(),
        changes(f -> mean(settledBefore, f), f -> mean(settledAfter, f)));
    out.printf(Locale.ROOT, "%-14s main subject counting partial  %s%n", "", change(mean(settledBefore, Figures::mainRecallWithPartial), mean(settledAfter, Figures::mainRecallWithPartial)));
  }

  /**
   * The first held-out sample judged after the tagger's rules settled (2026-12-02): the means the
   * README reports run from it to the newest sample.
   */
  static final int FIRST_SETTLED_SAMPLE = 7;

  /** The figures {@link #compare} prints for each set, in its columns' order. */
  private static final List<ToDoubleFunction<Figures>> COMPARED =
      List.of(Figures::precision, Figures::wrongShare, Figures::genericShare, Figures::mainRecall, Figures::mainInTop3Share, Figures::top3Precision, Figures::noTopicShare);

  /** Each of {@link #COMPARED}, as {@code before} and {@code after} give it, as a change. */
  private static String changes(Function<ToDoubleFunction<Figures>, Double> before, Function<ToDoubleFunction<Figures>, Double> after) {
    return String.join("  ", COMPARED.stream().map(f -> change(before.apply(f), after.apply(f))).toList());
  }

  private static double mean(List<Figures> figures, ToDoubleFunction<Figures> figure) {
    return figures.stream().mapToDouble(figure).average().orElse(0);
  }

  private static String change(double before, double after) {
    return String.format(Locale.ROOT, "%5.1f -> %5.1f", 100 * before, 100 * after);
  }

  /** Runs {@link #evaluate} with the shared test tagger; for tests. */
  static Figures evaluateShared() {
    return evaluateShared(DEVELOPMENT);
  }

  /** Runs {@link #evaluate} on a judged set with the shared test tagger; for tests. */
  static Figures evaluateShared(JudgedSet set) {
    try {
      return evaluate(TestTopics.tagger(), records(set), judgements(set));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
