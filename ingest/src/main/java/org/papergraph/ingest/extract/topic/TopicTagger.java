package org.papergraph.ingest.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tags a paper with topics from its title and abstract, after the CSO Classifier's syntactic
 * module and enhancement step, with Papergraph's own vocabulary of current terms and the Papers
 * with Code methods and tasks as further sources.
 *
 * <ol>
 *   <li>Each clause of the text (URLs removed) is cut into word n-grams, longest first (up to
 *       three words for CSO, eight for the other schemes), left to right. A match is on the folded
 *       words ({@link WordKeys}) of any label, a synonym's included, and lands on the preferred
 *       topic; where schemes share a label, Papergraph's vocabulary wins, then CSO, then the methods,
 *       then the tasks; a task whose name a CSO label has with a head noun ("Text-To-Image", CSO's
 *       "text-to-image model") is that CSO topic. CSO labels count when they have at most
 *       {@value #MAX_CSO_WORDS} terms, a hyphenated compound counting once ("multi-objective
 *       evolutionary algorithms"): its longer labels are mostly phrases. The longest
 *       match at each word counts unless it lies inside a match that began before it, so "graph
 *       neural networks" is not also "graph" and "networks", while overlapping labels both count
 *       ("underwater image enhancement" is "underwater image" and "image enhancement"). No
 *       match starts after a prefix that denies it: "non-reasoning models" are no reasoning
 *       models, "self-supervised video summarization" no supervised video summarization. The head
 *       of a matched phrase of three words or more (its longest ending of two words or more that
 *       is a CSO label) is matched as well: "TCP congestion control" is also "congestion
 *       control", and the task "skeleton-based action recognition" also action recognition, but "non-rigid registration" is not rigid registration ({@link
 *       #CONTRARY_MODIFIERS}). A label of three words or more also matches with a qualifying
 *       tail inside it: "graph-level anomaly detection" is graph anomaly detection ({@link
 *       #INSERTED_TAILS}). An n-gram of two or three words with no exact match may still match a
 *       CSO label of as many words and the same first word whose string similarity is
 *       at least {@value #SIMILARITY}. Acronyms of Papergraph's vocabulary ("LLM", "ViT",
 *       "LoRA") match only as written, as whole words (a plural "s" allowed), and so do its
 *       names, one capitalised word ("Mamba"; {@link #isName}), also inside the names papers build
 *       on them ("PointMamba", "MambaIR"). A task is also
 *       matched where the text names it by its verb and object or by its noun with "of"
 *       ("detecting anomalies", "segmentation of lesions"; {@code task-verbs.txt}). A few topics
 *       are named by a phrase of {@value #CUES} as well ("a multi-agent framework in which LLMs
 *       debate" is on LLM agents), some only beside another word ("fairness" beside "demographic
 *       bias"), counted as a task so named.
 *   <li>A topic scores by salience: how specific its label is (one word or a topic of {@code
 *       generic-topics.txt}: 0.35; a measure results are reported in, {@code
 *       reported-measures.txt}, or a topic abstracts mostly name in passing, {@code
 *       passing-topics.txt}: 0.40; two words, or a way results are judged, {@code
 *       judging-methods.txt}: 0.55; three or more, or an acronym or a name of a longer label: 0.65), where
 *       the text names it (the title +0.25; the abstract's first sentence, or a sentence in which
 *       the paper says what it does, "in this paper, we propose ...", or the clause that says
 *       what research has left unexplored, "Y remains largely unexplored": +0.15) and how often (+0.1
 *       for each further mention, at most three), times the similarity. Papers with Code method names score 0.05 less. A
 *       mention right after a contrast or a baseline ("unlike X", "without X", "compared to X",
 *       "outperforming X"), or before "-free" ("SfM-free"), is not counted: it names what the paper
 *       is not about.
 *   <li>Enhancement: a direct broader CSO topic of the assigned topics is added only when two
 *       or more of them have it as their broader topic (one narrow match says little about the
 *       area above it), with {@value #ENHANCEMENT} times the best score below it, and only when
 *       that reaches {@value #MIN_SCORE} like any other topic; never a topic of {@code
 *       generic-topics.txt}, and at most {@value #MAX_ENHANCED} per paper.
 * </ol>
 *
 * <p>Precision rules. Phrases of {@code non-topical-phrases.txt} ("experimental results",
 * "semantic information") use up their words and assign nothing. CSO's top-level areas (topics
 * with no broader topic) are never assigned. A one-word topic with {@value #GENERIC_NARROWER}
 * or more narrower topics ("internet", "software", "robotics") is kept only when the title
 * names it, as is a topic of {@code generic-topics.txt} ("deep learning", "natural language
 * processing"): named only in the abstract, however often, a reader judged 21 of 85 right on the
 * held-out samples; the others were what the paper uses, not what it is about. A one-word label
 * that ends in "-ing" or "-ed" is matched only on a word with the same ending: "coloring" is not
 * "color", "layered" not "layer"; a CSO label of more words that opens with a participle in "-ed"
 * only on that participle, by its exact or a near spelling ("direct graph traversal" is no
 * directed graph, "degrades image quality" no degraded image); and no label's last word is
 * matched on a participle used as a verb ("a system designed for" is not systems design, "a 3D
 * scene based on" not scene-based). A task's agent noun names the task ("object detectors" is
 * object detection, {@link #AGENT_NOUNS}), and the field's abbreviation of a label's head after
 * the label's other words is that head ("multi-hop QA", "offline RL", "medical VQA", "person
 * ReID", "image SR"; {@link #HEAD_ABBREVIATIONS}). A Papers
 * with Code name inside a compound ("RS-TinyNet") is the paper's own variant, not that method. A
 * CSO topic named as a kind of thing done in a field ("reinforcement learning agents", "speech
 * recognition systems") counts for that field's topic ({@link #KIND_NOUNS}). A match does not end inside a
 * hyphenated compound ("direct sequence" in "direct sequence-to-sequence"; {@link
 * #QUALIFYING_TAILS} such as "-based" aside), and a CSO label written closed ("multitask
 * learning") also matches its hyphenated form ("multi-task"). A one-word CSO label that
 * spells the initials of another label of its topic ("saw", "iot") is matched only when written
 * as an acronym, as is an acronym of four letters or more that CSO writes only inside a label
 * ("simultaneous localization and mapping (slam)"; three letters, "GPU" or "SAR", name too many
 * things in passing or in another sense). Papers with Code names of generic practices ({@link
 * #GENERIC_PWC}) are not matched, a few CSO synonyms and broader links that mislead on today's
 * papers ({@link #MISLEADING_SYNONYMS}, {@link #MISLEADING_BROADER}) are not used, a one-word
 * CSO label papers now use for another CSO topic names that topic ("grasp"; {@link
 * #LABEL_SENSES}), and an acronym
 * the paper defines itself ("cross-modality alignment (CMA)") means what its long form matched
 * (one word only for fewer than three initials or an acronym that ends in it: "light detection
 * and ranging (LiDAR)" is no "ranging"), or nothing; where that one word is a label of the topic
 * the vocabulary gives the acronym ("electroencephalography (EEG)"), it means what the vocabulary
 * says, as if the paper had not defined it. With the words after it is read as its
 * long form with them ("SG generation" where the paper writes "scene graph (SG)" is scene graph
 * generation; not into a Papers with Code method). Topics below {@value #MIN_SCORE} are dropped,
 * except that a paper with nothing above it keeps its best match whatever its score (no paper is left without a topic when anything
 * matched; the low score says how little it rests on) and that a paper with fewer than {@value
 * #FEW_TOPICS} topics in computing keeps the subjects it names once, in the body, in other words (by
 * a phrase of {@value #CUES}, or by a task's verb and object where the label has three words or
 * more), and a paper gets at most {@value #MAX_TOPICS} topics, best first.
 * Where the record gives arXiv categories ({@link ArxivTopics}), a paper whose text names no
 * topic at all gets its primary category as its topic, at {@value #CATEGORY_SCORE}, and a paper
 * outside computing always gets it, last, instead of a best match below the floor; outside
 * computing a topic of the text also needs more than one mention in the lead ({@value #ONE_MENTION}).
 *
 * <p>Pure and thread-safe: the lookups are built once and only read.
 */
public final class TopicTagger {
  public static final int MAX_TOPICS = 6;
  static final double MIN_SCORE = 0.65;
  /**
   * The score of one mention in a lead sentence. Outside computing a topic needs more: the
   * schemes' labels mostly have their computing sense, and a label named once there is as often
   * another sense ("nearest-neighbor" spins, "T_d" symmetry) or a tool used along the way as the
   * paper's subject; named in the title or again, it is mostly the subject.
   */
  static final double ONE_MENTION = 0.7;
  /** The score of a paper's primary category as its topic: below any topic its text names. */
  static final double CATEGORY_SCORE = 0.5;
  static final double SIMILARITY = 0.94;
  /**
   * The specificity of a label of two words, and so the score of one named once, in the body, and
   * nowhere else: below {@link #MIN_SCORE}, a match the tagger holds back ({@link #heldBack}).
   */
  static final double TWO_WORDS = 0.55;
  static final double ENHANCEMENT = 0.8;
  /**
   * Below this many topics, a paper in computing also gets the topics its abstract names once, in
   * the body, in other words ({@link #OTHER_WORDS}): by a phrase of {@value #CUES} ("agents that
   * employ large language models") or by a task's verb and object where the label has three words
   * or more ("compress colored point clouds"). Elsewhere these stay below {@link #MIN_SCORE}; here
   * they keep their score and come last. On a paper with few topics such a phrase is mostly its
   * subject: over the shared file 37 of 46 read right, against 21 of 30 on papers with more
   * topics; on the judged papers 22 of 28 (10 of them a main subject).
   */
  static final int FEW_TOPICS = 3;
  static final int GENERIC_NARROWER = 8;
  static final int MAX_ENHANCED = 2;
  /**
   * The specificity of a measure results are reported in: named once in the body it stays below
   * {@link #MIN_SCORE}; named in the opening sentence and once more, or in the title, it reaches it.
   */
  static final double MEASURE_SPECIFICITY = 0.40;
  // The mentions an assignment keeps as its evidence, the first in text order (title first): they
  // show why it was made without growing every record graph by each repetition of a word.
  public static final int MAX_EVIDENCE = 3;
  static final int ENHANCEMENT_SUPPORT = 2;
  private static final int MAX_CSO_WORDS = 3;
  // The words a label is matched with a qualifying tail inside it ({@link #withInsertedWord}), and
  // the initials an acronym may have.
  private static final int MAX_WORDS = 5;
  /**
   * The most words of a label of Papergraph's vocabulary, the methods or the tasks, a hyphenated
   * compound counting by its parts: "few-shot 3D point cloud semantic segmentation" is eight, and
   * a paper that defines "LLM" writes "LLM-as-a-judge" as the six words "large language model as
   * a judge". A longer label is never matched.
   */
  private static final int MAX_LABEL_WORDS = 8;
  // Method names ending like this name a kind of building block, not a topic ("Loss Functions").
  private static final Set<String> BLOCK_TAILS = Set.of("model", "method", "modul", "block", "function", "operation", "component", "layer");

  /**
   * Papers with Code collection names that name a practice or a kind of building block nearly
   * every deep-learning paper mentions, not what a paper is about ("Fine-Tuning" came out for 8%
   * of 5,000 arXiv papers of 2025), or that abstracts use in another sense: "Reinforcement Learning
   * Frameworks" collects software (RLlib, Acme), where "a reinforcement learning framework" in an
   * abstract is a method trained with reinforcement learning, which is then its topic.
   */
  static final Set<String> GENERIC_PWC =
      Set.of("Fine-Tuning", "Feature Extractors", "Attention Patterns", "3D Representations", "Skip Connections", "Robust Training", "Reinforcement Learning Frameworks");

  /** Broader links of CSO that mislead on today's papers, by the narrower slug: {@code misleading-broader.txt}, which says why. */
  static final Map<String, Set<String>> MISLEADING_BROADER = labelsBySlug("misleading-broader.txt");

  /**
   * One-word CSO labels that papers now use for another CSO topic, to the topic they name there
   * ("grasp" is robotic grasping, not the GRASP metaheuristic): {@code label-senses.txt}, which
   * gives the file's reading.
   */
  static final Map<String, String> LABEL_SENSES = senses(labelsBySlug("label-senses.txt"));

  /**
   * Synonyms CSO folds into a topic that they no longer name ("transformers" of encoder-decoder,
   * "database" of database systems), by the topic they are taken from, as CSO writes them:
   * {@code misleading-synonyms.txt}, which gives what the file's abstracts mean by each and, where
   * they were counted, how many were read.
   */
  static final Map<String, Set<String>> MISLEADING_SYNONYMS = labelsBySlug("misleading-synonyms.txt");

  /**
   * Modifiers that make a phrase the opposite or another kind of its head ("non-rigid
   * registration", "self-supervised learning", "semi-supervised"), so the head is not matched
   * after them. Folded as {@link WordKeys} folds words.
   */
  static final Set<String> CONTRARY_MODIFIERS = Set.of("non", "not", "un", "self", "semi", "weakly", "pseudo", "quasi", "anti");

  /**
   * Words after which a mention names what the paper sets itself against, not its subject
   * ("unlike diffusion models", "without supervised fine-tuning", "compared with CNNs",
   * "outperforming model predictive control"), lower case as written; the mention counts when
   * one of them is among the three words before it.
   */
  static final Set<String> CONTRAST_CUES =
      Set.of("unlike", "without", "instead", "rather", "compared", "versus", "vs", "contrast", "outperforming", "outperforms", "outperform", "surpassing", "surpasses");

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*?)s?\\)");
  /** Two capitals or more and a lower-case plural "s": "IDs", "GPUs", "SAWs". */
  private static final Pattern PLURAL_OF_CAPITALS = Pattern.compile("\\p{Lu}{2,}s");
  // The end of a sentence: a full stop, question or exclamation mark, then a capital.
  // A sentence in which the paper says what it does: keyphrase extraction finds the subject there.
  private static final Pattern CLAIM =
      Pattern.compile("(?i)\\b(?:we (?:propose|present|introduce|study|investigate|develop|address|explore)|(?:this|our) (?:paper|work|study|article))\\b");
  // A sentence saying what research has left open: its clause names the gap the paper fills.
  private static final Pattern GAP = Pattern.compile("(?i)\\b(?:remains?|is|are|remain) (?:largely |relatively |still |yet |significantly )?(?:unexplored|underexplored|under-explored|understudied|overlooked|unaddressed)\\b");
  // The stop is matched before the look back at what it ends: a look-behind first would be tried at
  // every character of the text.
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?<!\\b(?:e\\.g|i\\.e|al|vs|cf|Fig|Eq)[.!?])\\s+(?=[A-Z])");

  /** Where a scheme's label came from; decides the scheme, the method and the score offset. */
  private enum Source {
    CURATED,
    CSO,
    PWC,
    TASK
  }

  /** A matchable label: the topic it lands on, or none for a non-topical phrase. */
  private record Label(String slug, Source source, int words, String ending, boolean participle) {
    Label(String slug, Source source, int words, String ending) {
      this(slug, source, words, ending, false);
    }

    boolean stop() {
      return slug == null;
    }
  }

  private static final Label STOP = new Label(null, null, 0, null);

  /**
   * Whether a label's last word is written in -ed ("distributed", "supervised"): only such a label
   * matches a participle there. A word in -eed is no participle ("information need", "speed").
   */
  private static boolean endsInParticiple(String label) {
    List<String> words = WordKeys.rawWords(label);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    return last.endsWith("ed") && !last.endsWith("eed");
  }

  /**
   * Whether a word in -ed is the -ed form of another ("designed", "needed"), not a word that ends
   * so itself ("embed"): its stem drops the ending, or the stem is itself a word in -eed ("need").
   */
  private static boolean isInflectedInEd(String word) {
    String stem = WordKeys.stem(word);
    return !stem.endsWith("ed") || stem.endsWith("eed");
  }

  private final TopicReference reference;
  private final Map<String, Label> exact = new HashMap<>();
  // The labels of `exact` by their words, as the text is scanned: every n-gram at a word in one
  // walk, with no phrase built (most words of a text start no label).
  private final WordTrie<Label> exactWords = new WordTrie<>();
  // By first word, the labels of two and three words (index 2 and 3) that a near spelling may match.
  private final Map<String, List<FuzzyLabel>[]> fuzzyByFirstWord = new HashMap<>();
  // Acronyms as written, of Papergraph's vocabulary and of Papers with Code.
  private final Map<String, Label> acronyms = new HashMap<>();
  private final Map<String, Label> pwcAcronyms = new HashMap<>();
  // Names of Papergraph's vocabulary written as one capitalised word ("Mamba"), as written: also
  // looked for inside the names papers build on them ("PointMamba", "MambaIR", "Mamba2").
  private final Map<String, Label> names = new HashMap<>();
  // CSO's acronym labels by their folded key; matched on words with two capitals or more.
  private final Map<String, Label> csoAcronyms = new HashMap<>();
  private final Set<String> generic = new HashSet<>();
  private final Set<String> tooGeneric;
  /** Ways results are judged ({@code judging-methods.txt}): scored as labels of two words. */
  private final Set<String> judgingMethods;
  /**
   * Measures results are reported in ({@code reported-measures.txt}) and topics abstracts mostly
   * name in passing ({@code passing-topics.txt}): scored with {@link #MEASURE_SPECIFICITY}.
   */
  private final Set<String> namedInPassing;
  private final Set<String> roots = new HashSet<>();
  /** The broader topics of Papergraph's concepts, by slug: the heads their phrases are matched with too. */
  private final Map<String, List<String>> curatedBroader = new HashMap<>();
  /** Of {@code task-verbs.txt}: each verb form, lower case, to the word key of its task noun. */
  private final Map<String, String> taskVerbs = new HashMap<>();
  /** Of {@code task-verbs.txt}: each task noun, lower case, to its word key. */
  private final Map<String, String> taskNouns = new HashMap<>();
  /** Each label, as "slug TAB word key", of the topics acronyms stand for ({@link #spelledOutElsewhere}). */
  private final Set<String> acronymTopicLabels = new HashSet<>();
  /** The concepts of arXiv's subjects by notation and by the aliases arXiv gives ("cmp-lg" for cs.CL). */
  private final Map<String, TopicConcept> categoryTopics = new HashMap<>();
  /** Of {@code topic-cues.txt}: the phrases that name a topic in other words than its labels. */
  private final List<Cue> cues = new ArrayList<>();

  public TopicTagger(TopicReference reference) {
    this.reference = reference;
    for (TopicConcept c : reference.arxiv().concepts()) {
      c.altLabels().forEach(notation -> categoryTopics.putIfAbsent(notation, c));
    }
    TopicScheme cso = reference.cso();
    checkCsoLists(cso, MISLEADING_SYNONYMS, MISLEADING_BROADER, LABEL_SENSES, POSSESSIVE_LABELS);
    Set<String> stopKeys = new HashSet<>();
    for (String phrase : dataLines("non-topical-phrases.txt")) {
      stopKeys.add(WordKeys.key(phrase));
      exact.put(WordKeys.key(phrase), STOP);
    }
    tooGeneric = topicsOf("generic-topics.txt", "a preferred CSO topic", cso);
    Set<String> named = new HashSet<>(topicsOf("reported-measures.txt", "a preferred CSO topic", cso));
    named.addAll(topicsOf("passing-topics.txt", "a preferred CSO topic or a concept of Papergraph's vocabulary", cso, reference.curated()));
    namedInPassing = Set.copyOf(named);
    judgingMethods = topicsOf("judging-methods.txt", "a concept of Papergraph's vocabulary", reference.curated());
    Map<String, String> longForms = longForms(reference);
    for (TopicConcept c : reference.curated().concepts()) {
      curatedBroader.put(c.slug(), c.broader());
      List<String> labels = new ArrayList<>(c.altLabels());
      labels.add(0, c.prefLabel());
      int longest = longestLabel(c);
      for (String l : List.copyOf(labels)) {
        String spelledOut = spelledOut(l, longForms);
        if (spelledOut != null) {
          // "LLM agents" is also written "large language model (LLM) agents", its definition
          // blanked before matching: the label with its acronym spelled out.
          labels.add(spelledOut);
        }
      }
      for (String l : labels) {
        List<String> words = WordKeys.words(l);
        if (PapergraphTopics.isAcronym(l)) {
          // An acronym stands for its long form and is as specific.
          acronyms.putIfAbsent(l, new Label(c.slug(), Source.CURATED, longest, null));
        } else if (isName(l)) {
          // So does a name: "Mamba" is one architecture, as specific as "selective state space
          // models", where a one-word label of common words is not ("hallucination").
          Label name = new Label(c.slug(), Source.CURATED, longest, null);
          acronyms.putIfAbsent(l, name);
          names.putIfAbsent(l, name);
        } else if (!words.isEmpty() && words.size() <= MAX_LABEL_WORDS) {
          exact.putIfAbsent(String.join(" ", words), new Label(c.slug(), Source.CURATED, words.size(), ending(l), endsInParticiple(l)));
        }
      }
    }
    LABEL_SENSES.forEach((label, slug) -> exact.put(WordKeys.key(label), new Label(slug, Source.CSO, 1, ending(label))));
    Map<String, Integer> narrower = new HashMap<>();
    for (TopicConcept c : cso.concepts()) {
      c.broader().forEach(b -> narrower.merge(b, 1, Integer::sum));
    }
    Set<String> stopped = new HashSet<>();
    for (TopicConcept c : cso.concepts()) {
      int n = narrower.getOrDefault(c.slug(), 0);
      if (c.broader().isEmpty()) {
        roots.add(c.slug());
      }
      if (!c.prefLabel().contains(" ") && n >= GENERIC_NARROWER) {
        generic.add(c.slug());
      }
      if (stopKeys.contains(WordKeys.key(c.prefLabel())) || c.altLabels().stream().anyMatch(l -> stopKeys.contains(WordKeys.key(l)))) {
        // A non-topical phrase stops its topic under every label ("retrieval accuracy" is CSO's
        // synonym of "retrieval performance"), and the topic is not indexed at all: not for near
        // spellings either, which are tried where the phrase itself is not in its form ("tightly
        // coupled with", a verb, is no stop phrase, but would still be CSO's "tightly-coupled").
        c.altLabels().forEach(l -> exact.put(WordKeys.key(l), STOP));
        exact.put(WordKeys.key(c.prefLabel()), STOP);
        stopped.add(c.slug());
      } else {
        index(c.prefLabel(), c, initials(c));
      }
    }
    for (TopicConcept c : cso.concepts()) {
      if (stopped.contains(c.slug())) {
        continue;
      }
      Set<String> initials = initials(c);
      Set<String> misleading = MISLEADING_SYNONYMS.getOrDefault(c.slug(), Set.of());
      c.altLabels().stream().filter(l -> !misleading.contains(l)).forEach(l -> index(l, c, initials));
    }
    List<TopicConcept> pwc = new ArrayList<>(reference.pwc().concepts());
    // A method and its collection may share a name ("Vision Transformer(s)"): the method is the more specific.
    pwc.sort(Comparator.comparing((TopicConcept c) -> c.slug().startsWith(PwcMethods.COLLECTION_PREFIX)));
    for (TopicConcept c : pwc) {
      if (GENERIC_PWC.contains(c.prefLabel())) {
        continue;
      }
      List<String> labels = new ArrayList<>(c.altLabels());
      labels.add(0, c.prefLabel());
      for (String l : labels) {
        String key = WordKeys.key(l);
        int words = key.isEmpty() ? 0 : key.split(" ").length;
        String tail = key.substring(key.lastIndexOf(' ') + 1);
        if (exact.containsKey(key) && exact.get(key).source() != Source.PWC || BLOCK_TAILS.contains(tail)) {
          continue;
        }
        if (words >= 2 && words <= MAX_LABEL_WORDS) {
          exact.putIfAbsent(key, new Label(c.slug(), Source.PWC, words, null, endsInParticiple(l)));
        } else if (words == 1 && isAcronym(l)) {
          pwcAcronyms.putIfAbsent(l, new Label(c.slug(), Source.PWC, longestLabel(c), null));
        }
      }
    }
    // Tasks last: a label another scheme has is that scheme's concept (the task list leaves such
    // names out anyway), and a task's name is a subject, so it takes no method's score offset.
    for (TopicConcept c : reference.tasks().concepts()) {
      List<String> labels = new ArrayList<>(c.altLabels());
      labels.add(0, c.prefLabel());
      for (String l : labels) {
        List<String> words = WordKeys.words(l);
        // An alternative label may be an acronym; the name itself is matched as words, even when
        // written like one ("Text-To-Image").
        Label same = words.size() >= 2 ? csoWithHeadNoun(String.join(" ", words)) : null;
        if (!l.equals(c.prefLabel()) && isAcronym(l)) {
          pwcAcronyms.putIfAbsent(l, new Label(c.slug(), Source.TASK, longestLabel(c), null));
        } else if (same != null) {
          // The task "Text-To-Image" is CSO's text-to-image model (alternative label "text-to-image
          // generation"): one subject, not two topics of one paper.
          exact.putIfAbsent(String.join(" ", words), new Label(same.slug(), Source.CSO, words.size(), null, endsInParticiple(l)));
        } else if (words.size() >= 2 && words.size() <= MAX_LABEL_WORDS) {
          // "Multiview Clustering" is written "multi-view clustering", as CSO's closed labels are.
          putWithSplitPrefixes(words.toArray(String[]::new), new Label(c.slug(), Source.TASK, words.size(), null, endsInParticiple(l)));
        }
      }
    }
    // "Object detectors" are what object detection builds, and a paper on them is about it: the
    // agent noun of a task's last word names the task. "Multi-hop QA" is multi-hop question
    // answering: the field's abbreviation of a label's head names the label.
    for (Map.Entry<String, Label> e : List.copyOf(exact.entrySet())) {
      String key = e.getKey();
      if (e.getValue().stop()) {
        continue;
      }
      int last = key.lastIndexOf(' ');
      String agent = last < 0 ? null : AGENT_NOUNS.get(key.substring(last + 1));
      if (agent != null) {
        exact.putIfAbsent(key.substring(0, last + 1) + agent, e.getValue());
      }
      for (Map.Entry<String, String> h : HEAD_ABBREVIATIONS.entrySet()) {
        if (key.endsWith(" " + h.getKey())) {
          exact.putIfAbsent(key.substring(0, key.length() - h.getKey().length()) + h.getValue(), e.getValue());
        }
      }
    }
    exact.forEach(exactWords::put);
    for (String line : dataLines("task-verbs.txt")) {
      String[] forms = line.split("\\s+");
      String noun = forms[0].toLowerCase(Locale.ROOT);
      String key = WordKeys.key(noun);
      taskNouns.put(noun, key);
      for (int k = 1; k < forms.length; k++) {
        taskVerbs.put(forms[k].toLowerCase(Locale.ROOT), key);
      }
    }
    Set<String> acronymTopics = new HashSet<>();
    Stream.of(acronyms, pwcAcronyms, csoAcronyms).forEach(m -> m.values().forEach(l -> acronymTopics.add(l.slug())));
    for (TopicScheme scheme : reference.schemes()) {
      for (TopicConcept c : scheme.concepts()) {
        if (acronymTopics.contains(c.slug())) {
          Stream.concat(Stream.of(c.prefLabel()), c.altLabels().stream()).forEach(l -> acronymTopicLabels.add(c.slug() + "\t" + WordKeys.key(l)));
        }
      }
    }
    for (String line : dataLines(CUES)) {
      cues.add(Cue.parse(line, reference.curated(), cso, reference.tasks()));
    }
  }

  static final String CUES = "topic-cues.txt";

  /**
   * A phrase that names a topic in other words than its labels ({@value #CUES}): words in lower
   * case one of which every match holds (a phrase that ends on "LLMs" or "large language models"
   * holds one of the two), the phrase, and what the title or abstract must also hold for the
   * phrase to have that sense, or null. It counts as a label of three words found in other
   * words: {@link #OTHER_WORDS}.
   */
  private record Cue(Label label, List<String> words, Pattern phrase, Pattern alsoNamed) {
    static Cue parse(String line, TopicScheme curated, TopicScheme cso, TopicScheme tasks) {
      String[] f = line.split("\\t");
      List<String> words = f.length < 3 ? List.of() : List.of(f[1].split("\\|", -1));
      if (f.length < 3 || f.length > 4 || words.stream().anyMatch(w -> w.isBlank() || !w.equals(w.toLowerCase(Locale.ROOT)))) {
        throw new IllegalStateException(CUES + ": expected a slug, words in lower case separated by |, and a phrase, and optionally a pattern, separated by tabs, in \"" + line + "\"");
      }
      Source source = curated.concept(f[0]) != null ? Source.CURATED : cso.concept(f[0]) != null ? Source.CSO : tasks.concept(f[0]) != null ? Source.TASK : null;
      if (source == null) {
        throw new IllegalStateException(CUES + ": " + f[0] + " is no topic of Papergraph's vocabulary, of CSO or of the Papers with Code tasks, in \"" + line + "\"");
      }
      try {
        return new Cue(new Label(f[0], source, 3, null), words, Pattern.compile(f[2], Pattern.CASE_INSENSITIVE), f.length == 4 ? Pattern.compile(f[3]) : null);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalStateException(CUES + ": not a regular expression in \"" + line + "\": " + e.getDescription(), e);
      }
    }

    /**
     * Whether the phrase may occur in a paper's title and abstract, given also in lower case: its
     * words are looked up first, so that the phrase is tried sentence by sentence, and the pattern
     * it needs beside it over the whole text, only on the papers that hold one of them.
     */
    boolean mayOccurIn(String text, String lowerCase) {
      return mayOccurIn(lowerCase) && (alsoNamed == null || alsoNamed.matcher(text).find());
    }

    /** Whether a piece of text, in lower case, holds one of the words. */
    boolean mayOccurIn(String lowerCase) {
      for (String w : words) {
        if (lowerCase.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The cues of {@value #CUES} in a sentence (or the title): each phrase, unless after a contrast
   * ({@link #CONTRAST_CUES}), is a mention of its topic where the sentence is. A sentence whose
   * words already name the topic gets none: the phrase may hold a label ("robust to adversarial
   * attacks"), and one mention is not two.
   */
  private static void cues(List<Cue> active, String sentence, Where where, Map<String, Hit> hits) {
    // Most papers hold no cue's words: their sentences are not even lower-cased.
    if (active.isEmpty()) {
      return;
    }
    // Every match holds one of its cue's words: a sentence without them is not scanned.
    String lowerCase = sentence.toLowerCase(Locale.ROOT);
    for (Cue cue : active) {
      if (!cue.mayOccurIn(lowerCase)) {
        continue;
      }
      Hit named = hits.get(cue.label().slug());
      if (named != null && named.mentions.stream().map(Mention::where).anyMatch(w -> w.part() == where.part() && w.offset() >= where.offset() && w.offset() < where.offset() + sentence.length())) {
        continue;
      }
      Matcher m = cue.phrase().matcher(sentence);
      while (m.find()) {
        List<String> before = WordKeys.rawWords(sentence.substring(0, m.start()));
        if (!afterContrast(before, before.size())) {
          hit(cue.label(), OTHER_WORDS, mention(WordKeys.rawWords(m.group()), where), hits);
        }
      }
    }
  }

  /** The agent nouns of tasks' last words, as word keys: detection and detector, tracking and tracker. */
  static final Map<String, String> AGENT_NOUNS = Map.of(
      WordKeys.key("detection"), WordKeys.key("detector"),
      WordKeys.key("classification"), WordKeys.key("classifier"),
      WordKeys.key("generation"), WordKeys.key("generator"),
      WordKeys.key("estimation"), WordKeys.key("estimator"),
      WordKeys.key("tracking"), WordKeys.key("tracker"),
      WordKeys.key("segmentation"), WordKeys.key("segmenter"),
      WordKeys.key("recognition"), WordKeys.key("recognizer"),
      WordKeys.key("prediction"), WordKeys.key("predictor"),
      WordKeys.key("retrieval"), WordKeys.key("retriever"));

  /**
   * The abbreviations a field writes for the head of a longer name, as word keys: "multi-hop QA"
   * is multi-hop question answering, "offline RL" offline reinforcement learning, "medical VQA"
   * medical visual question answering, "person ReID" person re-identification, "image SR" image
   * super-resolution. Only after a label's other words: alone, "QA" is as often quality assurance
   * and "SR" names many things.
   */
  static final Map<String, String> HEAD_ABBREVIATIONS = Map.of(
      WordKeys.key("question answering"), WordKeys.key("QA"),
      WordKeys.key("reinforcement learning"), WordKeys.key("RL"),
      WordKeys.key("visual question answering"), WordKeys.key("VQA"),
      WordKeys.key("re-identification"), WordKeys.key("ReID"),
      WordKeys.key("super-resolution"), WordKeys.key("SR"));

  /** Nouns a CSO label may add to a task's name without naming anything else: "global optimization problems". */
  private static final List<String> TASK_HEAD_NOUNS = Stream.of("model", "generation", "systems", "problems").map(WordKeys::key).toList();

  /** The CSO label that is a task's name followed by one of {@link #TASK_HEAD_NOUNS}, or null. */
  private Label csoWithHeadNoun(String key) {
    for (String noun : TASK_HEAD_NOUNS) {
      Label l = exact.get(key + " " + noun);
      if (l != null && !l.stop() && l.source() == Source.CSO) {
        return l;
      }
    }
    return null;
  }

  /** The slugs a data file beside this class lists, each a preferred topic of one of {@code schemes}, which {@code what} names in the error. */
  private static Set<String> topicsOf(String name, String what, TopicScheme... schemes) {
    Set<String> slugs = Set.copyOf(dataLines(name));
    for (String slug : slugs) {
      if (Arrays.stream(schemes).allMatch(s -> s.concept(slug) == null)) {
        throw new IllegalStateException(name + " names " + slug + ", which is not " + what);
      }
    }
    return slugs;
  }

  /**
   * How specific a matched topic is taken to be: a measure or a topic named in passing least, a
   * way results are judged as a label of two words at most, any other by its label.
   */
  private double specificityOf(Hit h) {
    if (namedInPassing.contains(h.slug)) {
      return MEASURE_SPECIFICITY;
    }
    if (judgingMethods.contains(h.slug)) {
      return Math.min(TWO_WORDS, h.specificity(false));
    }
    return h.specificity(tooGeneric.contains(h.slug));
  }

  /**
   * A data file beside this class whose lines give a slug, then labels (or slugs) joined by " | ":
   * "database-systems   database".
   */
  static Map<String, Set<String>> labelsBySlug(String name) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String entry : dataLines(name)) {
      String[] parts = entry.split("\\s+", 2);
      if (parts.length < 2) {
        throw new IllegalStateException(name + ": \"" + entry + "\" gives a slug but no label after it");
      }
      Set<String> labels = new LinkedHashSet<>();
      for (String label : parts[1].split("\\|")) {
        labels.add(label.strip());
      }
      if (labels.contains("")) {
        throw new IllegalStateException(name + ": \"" + entry + "\" has an empty label");
      }
      if (out.put(parts[0], Set.copyOf(labels)) != null) {
        throw new IllegalStateException(name + ": " + parts[0] + " is listed twice");
      }
    }
    return Map.copyOf(out);
  }

  /** The entries of a data file beside this class ({@link #dataLines}), each listed once. */
  private static Set<String> uniqueLines(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : dataLines(name)) {
      if (!out.add(entry)) {
        throw new IllegalStateException(name + ": \"" + entry + "\" is listed twice");
      }
    }
    return Set.copyOf(out);
  }

  /** Labels by the topic they are read as, turned round: the topic by label. */
  private static Map<String, String> senses(Map<String, Set<String>> labelsBySlug) {
    Map<String, String> out = new HashMap<>();
    labelsBySlug.forEach((slug, labels) -> labels.forEach(label -> {
      if (out.put(label, slug) != null) {
        throw new IllegalStateException("label-senses.txt reads \"" + label + "\" as more than one topic");
      }
    }));
    return Map.copyOf(out);
  }

  /**
   * Fails unless each CSO slug and label the lists of this class name is one CSO gives: a slug or label
   * mistyped there would set nothing aside and match nothing.
   */
  static void checkCsoLists(
      TopicScheme cso, Map<String, Set<String>> misleadingSynonyms, Map<String, Set<String>> misleadingBroader, Map<String, String> labelSenses, Set<String> possessiveLabels) {
    Set<String> labels = new HashSet<>();
    for (TopicConcept c : cso.concepts()) {
      labels.add(c.prefLabel());
      labels.addAll(c.altLabels());
    }
    misleadingSynonyms.forEach((slug, synonyms) -> {
      TopicConcept c = csoConcept(cso, "misleading-synonyms.txt", slug);
      for (String synonym : synonyms) {
        if (!c.altLabels().contains(synonym)) {
          throw new IllegalStateException("misleading-synonyms.txt: \"" + synonym + "\" is no synonym CSO gives " + slug);
        }
      }
    });
    misleadingBroader.forEach((slug, broader) -> {
      TopicConcept c = csoConcept(cso, "misleading-broader.txt", slug);
      for (String b : broader) {
        if (!c.broader().contains(b)) {
          throw new IllegalStateException("misleading-broader.txt: " + b + " is no broader topic CSO gives " + slug);
        }
      }
    });
    labelSenses.forEach((label, slug) -> {
      csoConcept(cso, "label-senses.txt", slug);
      if (!labels.contains(label)) {
        throw new IllegalStateException("label-senses.txt: \"" + label + "\" is no label of CSO");
      }
    });
    for (String label : possessiveLabels) {
      if (!labels.contains(label)) {
        throw new IllegalStateException("possessive-labels.txt: \"" + label + "\" is no label of CSO");
      }
    }
  }

  private static TopicConcept csoConcept(TopicScheme cso, String file, String slug) {
    TopicConcept c = cso.concept(slug);
    if (c == null) {
      throw new IllegalStateException(file + ": " + slug + " is no CSO topic");
    }
    return c;
  }

  /** The entries of a data file beside this class: each line's text before a comment (#), stripped; blank lines left out. */
  static List<String> dataLines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = TopicTagger.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the class path holds no " + name + " beside " + TopicTagger.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }

  /**
   * The ending the first word of a CSO label of more words needs in the text: "-ed" where it is a
   * participle ("directed graphs", "degraded images"), whose folded stem is a verb the text uses
   * otherwise ("direct graph traversal", "degrades image quality", "compress video tokens"); null
   * otherwise. Only CSO's: its labels of this kind are mostly phrases, where Papergraph's name one
   * subject however written ("personalizing LLMs" is LLM personalization).
   */
  private static String firstWordEnding(String label) {
    return inflectedEnding(WordKeys.rawWords(label).get(0), List.of("ed"));
  }

  /**
   * The ending a one-word label needs in the text: "coloring" must be written with "-ing" and
   * "layered" with "-ed", since the folded word ("color", "layer") is another thing; null for
   * longer labels, where the other words settle the sense ({@link #firstWordEnding} aside).
   */
  private static String ending(String label) {
    List<String> words = WordKeys.rawWords(label);
    if (words.size() != 1) {
      return null;
    }
    return inflectedEnding(words.get(0), List.of("ing", "ed"));
  }

  /** The first of {@code endings} the word is inflected with, one its folded stem drops, or null. */
  private static String inflectedEnding(String word, List<String> endings) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String e : endings) {
      if (w.endsWith(e) && !WordKeys.stem(w).endsWith(e)) {
        return e;
      }
    }
    return null;
  }

  /** A CSO label that ends in its acronym in parentheses: "automatic speech recognition (asr)". */
  private static final Pattern ACRONYM_IN_LABEL = Pattern.compile("(.*\\S)\\s*\\(([a-z][a-z0-9]{3,7})\\)");

  /**
   * Indexes a CSO label. A one-word label that spells the initials of another label of its topic
   * is an acronym written in lower case ("saw" of surface acoustic waves, "iot", "gui"): it is
   * matched only on a word written as an acronym ("SAW", "SAWs", "IoT"), not on the verb "saw".
   */
  private void index(String label, TopicConcept c, Set<String> initials) {
    String slug = c.slug();
    Matcher written = ACRONYM_IN_LABEL.matcher(label);
    if (written.matches() && written.group(2).equals(initialsOf(WordKeys.rawWords(written.group(1))))) {
      // CSO writes some acronyms into a label and nowhere else: "simultaneous localization and
      // mapping (slam)" is also matched on "SLAM", as its one-word acronym labels are.
      csoAcronyms.putIfAbsent(written.group(2), new Label(slug, Source.CSO, longestLabel(c), null));
    }
    String key = WordKeys.key(label);
    // One- and two-letter keys ("c" of "c++", "r") match too much to be told apart.
    if (key.length() < 3) {
      return;
    }
    String[] words = key.split(" ");
    if (words.length == 1 && initials.contains(key)) {
      // An acronym stands for its long form and is as specific.
      csoAcronyms.putIfAbsent(key, new Label(slug, Source.CSO, longestLabel(c), null));
      return;
    }
    Label l = new Label(slug, Source.CSO, words.length, words.length > 1 ? firstWordEnding(label) : ending(label), endsInParticiple(label));
    putWithSplitPrefixes(words, l);
    String possessive = possessive(label, words);
    if (possessive != null) {
      exact.putIfAbsent(possessive, l);
    }
    if (words.length >= 2 && words.length <= MAX_CSO_WORDS) {
      fuzzyByFirstWord.computeIfAbsent(words[0], k -> newFuzzyBuckets())[words.length].add(new FuzzyLabel(key, l));
    }
  }

  /**
   * CSO labels that write a possessive without its apostrophe ("newtons method"), matched also as
   * papers write them ("Newton's method"): {@code possessive-labels.txt}, which says why they are
   * listed rather than found.
   */
  static final Set<String> POSSESSIVE_LABELS = uniqueLines("possessive-labels.txt");

  /**
   * The key of a label of {@link #POSSESSIVE_LABELS} as papers write it: an "s" of its own after
   * the first word ("newton s method"); null for any other label.
   */
  static String possessive(String label, String[] words) {
    if (!POSSESSIVE_LABELS.contains(label)) {
      return null;
    }
    List<String> out = new ArrayList<>(Arrays.asList(words));
    out.add(1, "s");
    return String.join(" ", out);
  }

  /** A label a near spelling may match, by its key. */
  private record FuzzyLabel(String key, Label label) {}

  @SuppressWarnings("unchecked")
  private static List<FuzzyLabel>[] newFuzzyBuckets() {
    List<FuzzyLabel>[] buckets = new List[MAX_CSO_WORDS + 1];
    for (int n = 2; n <= MAX_CSO_WORDS; n++) {
      buckets[n] = new ArrayList<>();
    }
    return buckets;
  }

  /** The number of words of a topic's longest label: what its acronym stands for. */
  private static int longestLabel(TopicConcept c) {
    int longest = WordKeys.rawWords(c.prefLabel()).size();
    for (String l : c.altLabels()) {
      longest = Math.max(longest, WordKeys.rawWords(l).size());
    }
    return longest;
  }

  /**
   * Prefixes that labels write closed and abstracts often hyphenate: CSO has "multitask
   * learning", papers write "multi-task learning", which folds to "multi task learn".
   */
  static final List<String> SPLIT_PREFIXES = List.of("multi", "cross", "inter", "intra", "super", "semi", "self", "pre", "post", "non", "co");

  /**
   * Indexes a label under its key and, for a label of two words or more with a word written closed
   * with a prefix of {@link #SPLIT_PREFIXES}, under its split key too; a key already taken keeps
   * its label.
   */
  private void putWithSplitPrefixes(String[] words, Label label) {
    exact.putIfAbsent(String.join(" ", words), label);
    String split = splitPrefixes(words);
    if (split != null && words.length > 1) {
      exact.putIfAbsent(split, label);
    }
  }

  /** The key with its prefixed words split ("multitask learn" as "multi task learn"), or null when none is. */
  private static String splitPrefixes(String[] words) {
    boolean changed = false;
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String out = w;
      for (String p : SPLIT_PREFIXES) {
        if (w.startsWith(p) && w.length() >= p.length() + 4) {
          out = p + " " + w.substring(p.length());
          changed = true;
          break;
        }
      }
      sb.append(sb.length() == 0 ? "" : " ").append(out);
    }
    return changed ? sb.toString() : null;
  }

  /**
   * The long form of each acronym the vocabulary gives as a label of a concept whose preferred
   * label it is the initials of, lower case: "llm" is "large language models" (CSO's "llms"),
   * "vlm" "vision-language models" (the curated "VLM").
   */
  private static Map<String, String> longForms(TopicReference reference) {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    List<TopicConcept> all = new ArrayList<>(reference.cso().concepts());
    all.addAll(reference.curated().concepts());
    for (TopicConcept c : all) {
      List<String> words = WordKeys.rawWords(c.prefLabel());
      if (words.size() < 2) {
        continue;
      }
      String initials = initialsOf(words);
      for (String a : c.altLabels()) {
        String key = a.toLowerCase(Locale.ROOT);
        key = key.endsWith("s") && key.length() > 2 ? key.substring(0, key.length() - 1) : key;
        if (!a.contains(" ") && key.equals(initials)) {
          String before = out.putIfAbsent(key, c.prefLabel());
          if (before != null && !before.equalsIgnoreCase(c.prefLabel())) {
            ambiguous.add(key);
          }
        }
      }
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  /** A label with its one acronym of {@code longForms} spelled out ("LLM agents": "large language models agents"), or null. */
  private static String spelledOut(String label, Map<String, String> longForms) {
    if (PapergraphTopics.isAcronym(label)) {
      return null;
    }
    Matcher m = LABEL_ACRONYM.matcher(label);
    if (!m.find()) {
      return null;
    }
    String longForm = longForms.get(m.group(1).toLowerCase(Locale.ROOT));
    return longForm == null ? null : label.substring(0, m.start()) + longForm + label.substring(m.end());
  }

  /** An acronym word inside a label, its plural s aside: "LLM" of "LLM agents", "LLMs" of "code LLMs". */
  private static final Pattern LABEL_ACRONYM = Pattern.compile("\\b(\\p{Lu}{2,}[\\p{Lu}\\d]*)s?\\b");

  /** The initials of a topic's labels of two words or more, lower case: "saw" of "surface acoustic waves". */
  private static Set<String> initials(TopicConcept c) {
    Set<String> out = new HashSet<>();
    List<String> labels = new ArrayList<>(c.altLabels());
    labels.add(c.prefLabel());
    for (String label : labels) {
      List<String> words = WordKeys.rawWords(label);
      if (words.size() >= 2) {
        out.add(initialsOf(words));
      }
    }
    return out;
  }

  /** The first letters of {@code words}, lower case. */
  private static String initialsOf(List<String> words) {
    StringBuilder sb = new StringBuilder();
    words.forEach(w -> sb.append(Character.toLowerCase(w.charAt(0))));
    return sb.toString();
  }

  /** Names such as "ViT", "BERT", "GPT-3": two capitals or more, at least three characters. */
  private static boolean isAcronym(String name) {
    long upper = name.chars().filter(Character::isUpperCase).count();
    return name.length() >= 3 && upper >= 2 && name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-');
  }

  /** Where in the paper a mention is: the lower, the more it says about what the paper is about. */
  private enum Place {
    TITLE(0.25),
    /** The abstract's first sentence, or one that says what the paper does ("In this paper, we propose ..."). */
    LEAD(0.15),
    BODY(0);

    final double bonus;

    Place(double bonus) {
      this.bonus = bonus;
    }

    TopicEvidence.Sentence sentence() {
      return TopicEvidence.Sentence.valueOf(name());
    }
  }

  /**
   * Where a scanned piece of text is: its place, the part of the record, that part's text as
   * scanned (acronym definitions blanked to spaces, so offsets still hold) and as written, and
   * the offset the piece starts at.
   */
  private record Where(Place place, TopicEvidence.Part part, String source, String written, int offset) {}

  /** The topics of a paper, best first; {@code title} may be null. */
  public List<TopicAssignment> tag(String title, String abstractText) {
    return tag(title, abstractText, List.of());
  }

  /**
   * The topics of a paper, best first, with its arXiv categories (primary first, empty when the
   * record format gives none) as evidence of the sense its words are used in: in a paper none of
   * whose categories is a computing one ({@link #isComputing}), a CSO topic matched by a
   * one-word label is kept only when the title names it, since the word most likely means what
   * it means in that field ("network" in a physics paper, "kernel" in a mathematics one).
   */
  public List<TopicAssignment> tag(String title, String abstractText, List<String> categories) {
    return tag(title, abstractText, categories, MIN_SCORE, MAX_TOPICS);
  }

  /**
   * The matches held back from a paper's topics that the topic check may admit: each a label of
   * two words named once, in the body ({@value #TWO_WORDS}), not one of the paper's topics, best
   * first. Alone they are as often passing mentions as subjects (about three in four are right);
   * what decides is whether the abstract as a whole is about them, which only the check reads.
   */
  public List<TopicAssignment> heldBack(String title, String abstractText, List<String> categories) {
    Set<String> assigned = new HashSet<>();
    tag(title, abstractText, categories).forEach(a -> assigned.add(a.slug()));
    return tag(title, abstractText, categories, TWO_WORDS, Integer.MAX_VALUE).stream()
        .filter(a -> a.score() == TWO_WORDS && a.method() != TopicMethod.CSO_BROADER && !assigned.contains(a.slug()))
        .toList();
  }

  /**
   * The topics of a paper down to {@code floor}, at most {@code cap}: {@link #tag(String, String,
   * List)} with other limits, for measuring what lower ones would add (TopicEvaluation --check).
   */
  List<TopicAssignment> tag(String title, String abstractText, List<String> categories, double floor, int cap) {
    boolean computing = categories.isEmpty() || categories.stream().anyMatch(TopicTagger::isComputing);
    Map<String, Hit> hits = new LinkedHashMap<>();
    String text = abstractText == null ? "" : abstractText;
    // A sentence end between them, so that an acronym's long form never reaches into the title.
    String all = (title == null ? "" : title) + ". " + text;
    Map<String, Defined> defined = definedAcronyms(all);
    // One lower-cased copy for all the cues' words: cheaper than a case-blind scan of the text per cue.
    String lowerCase = all.toLowerCase(Locale.ROOT);
    List<Cue> active = cues.stream().filter(c -> c.mayOccurIn(all, lowerCase)).toList();
    if (title != null) {
      String t = withoutDefinitions(title);
      Where where = new Where(Place.TITLE, TopicEvidence.Part.TITLE, t, title, 0);
      scan(t, where, defined, hits);
      cues(active, t, where, hits);
    }
    String written = text;
    text = withoutDefinitions(text);
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int stop = end.find() ? end.end() : text.length();
      String sentence = text.substring(start, stop);
      Place place = start == 0 || claims(sentence) ? Place.LEAD : Place.BODY;
      // The clause that says what is left unexplored names what the paper takes up; what the
      // sentence sets it against, before it, and what follows it stay in the body.
      int[] gap = place == Place.BODY ? gapClause(sentence) : null;
      int[] bounds = gap == null ? new int[] {0, sentence.length()} : new int[] {0, gap[0], gap[1], sentence.length()};
      for (int k = 0; k + 1 < bounds.length; k++) {
        if (bounds[k + 1] > bounds[k]) {
          Place part = gap != null && k == 1 ? Place.LEAD : place;
          scan(withoutExamples(sentence.substring(bounds[k], bounds[k + 1])), new Where(part, TopicEvidence.Part.ABSTRACT, text, written, start + bounds[k]), defined, hits);
        }
      }
      cues(active, withoutExamples(sentence), new Where(place, TopicEvidence.Part.ABSTRACT, text, written, start), hits);
      start = stop;
    }
    foldKinds(hits);
    // Papergraph's vocabulary is of current machine-learning terms, and Papers with Code names
    // machine-learning methods: a match of either also says the paper is about learned models.
    // Asked only of a paper that matched a word of MODEL_SENSES, so that most papers skip the scan.
    boolean learnedModels = hits.keySet().stream().anyMatch(MODEL_SENSES::contains)
        && (hits.values().stream().anyMatch(h -> h.source == Source.CURATED || h.source == Source.PWC || LEARNED_MODEL_TOPICS.contains(h.slug))
            || TRAINING_WORDS.matcher(all).find());
    Map<String, TopicAssignment> out = new LinkedHashMap<>();
    TopicAssignment best = null;
    boolean bestWritten = false;
    List<TopicAssignment> namedOnceInOtherWords = new ArrayList<>();
    for (Hit h : hits.values()) {
      if (learnedModels && MODEL_SENSES.contains(h.slug) && !inItsOwnField(h.slug, hits.keySet())) {
        continue;
      }
      boolean otherSense = !computing && h.source == Source.CSO && h.words <= 1;
      if (roots.contains(h.slug) || (generic.contains(h.slug) || otherSense) && h.place != Place.TITLE) {
        continue;
      }
      boolean inPassing = namedInPassing.contains(h.slug);
      double score = rounded(h.score(specificityOf(h)));
      TopicAssignment a = assignment(h.slug, h.source, score, method(h.source), h.evidence());
      if (score >= floor && (computing || score > ONE_MENTION) && (h.place == Place.TITLE || !tooGeneric.contains(h.slug))) {
        out.put(h.slug, a);
      } else if (computing && !h.written && h.count == 1 && h.place == Place.BODY && score >= rounded(floor * OTHER_WORDS) && !inPassing && !tooGeneric.contains(h.slug)) {
        namedOnceInOtherWords.add(a);
      } else if (!inPassing && (best == null || h.written && !bestWritten || h.written == bestWritten && score > best.score())) {
        // A measure named in passing is no paper's topic, not even its only one. A label the
        // text writes out is a better last resort than one it names only in other words
        // ("estimating a volumetric length density" is no density estimation).
        best = a;
        bestWritten = h.written;
      }
    }
    Optional<TopicAssignment> category = categoryTopic(categories);
    if (out.isEmpty() && best != null && (computing || category.isEmpty())) {
      // A paper with any match keeps its best one rather than none: a reader browsing by topic
      // never finds a paper without one, and its low score says how weak it is. Outside
      // computing the paper's category does that better: the schemes hardly cover physics or
      // mathematics, and a weak match there is mostly a phrase of the abstract ("illustrative
      // examples", "answer a question").
      out.put(best.slug(), best);
    }
    if (out.size() < FEW_TOPICS) {
      // A paper whose text yields few topics: a subject it names once, in the body and in its own
      // words, is among the most salient it has (see FEW_TOPICS). Like a last-resort match, it
      // may be one of the two topics a broader one needs.
      namedOnceInOtherWords.forEach(a -> out.putIfAbsent(a.slug(), a));
    }
    Map<String, Double> enhanced = new HashMap<>();
    Map<String, Integer> support = new HashMap<>();
    Map<String, List<TopicEvidence>> supportEvidence = new HashMap<>();
    for (TopicAssignment a : out.values()) {
      for (String b : csoBroader(a).stream().distinct().toList()) {
        if (!roots.contains(b) && !generic.contains(b) && !tooGeneric.contains(b) && !namedInPassing.contains(b) && !out.containsKey(b)) {
          enhanced.merge(b, rounded(ENHANCEMENT * a.score()), Math::max);
          support.merge(b, 1, Integer::sum);
          supportEvidence.computeIfAbsent(b, k -> new ArrayList<>()).addAll(a.evidence());
        }
      }
    }
    List<TopicAssignment> topics = new ArrayList<>(out.values());
    enhanced.entrySet().stream()
        .filter(e -> support.get(e.getKey()) >= ENHANCEMENT_SUPPORT && e.getValue() >= MIN_SCORE)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_ENHANCED)
        .forEach(e -> topics.add(assignment(e.getKey(), Source.CSO, e.getValue(), TopicMethod.CSO_BROADER, supportEvidence.get(e.getKey()))));
    topics.sort(bestFirst(hits));
    if (category.isPresent() && (!computing || topics.isEmpty())) {
      // Outside computing the category names the paper's field, which no other scheme does; in
      // computing it is only a last resort. It comes last, and within the cap.
      List<TopicAssignment> withCategory = new ArrayList<>(topics.subList(0, Math.min(cap - 1, topics.size())));
      withCategory.add(category.get());
      return List.copyOf(withCategory);
    }
    return List.copyOf(topics.subList(0, Math.min(cap, topics.size())));
  }

  /**
   * The topic of the first of a paper's categories that arXiv's taxonomy holds: the primary one,
   * unless arXiv no longer lists it. It has no evidence in the text; the category is its evidence.
   */
  private Optional<TopicAssignment> categoryTopic(List<String> categories) {
    return categories.stream()
        .map(categoryTopics::get)
        .filter(Objects::nonNull)
        .findFirst()
        .map(c -> new TopicAssignment(c, reference.arxiv().name(), CATEGORY_SCORE, TopicMethod.PRIMARY_CATEGORY, List.of()));
  }

  /**
   * Where the clause that says what remains unexplored lies in a sentence ("While X is well
   * studied, Y remains largely unexplored"): from the start of that clause (after the last comma
   * or semicolon before the phrase) to the end of the phrase; null when the sentence has none.
   */
  static int[] gapClause(String sentence) {
    if (!containsIgnoringCase(sentence, "explored") && !containsIgnoringCase(sentence, "understudied") && !containsIgnoringCase(sentence, "overlooked")
        && !containsIgnoringCase(sentence, "unaddressed")) {
      return null;
    }
    Matcher m = GAP.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    int comma = Math.max(sentence.lastIndexOf(", ", m.start()), sentence.lastIndexOf("; ", m.start()));
    return new int[] {comma < 0 ? 0 : comma + 2, m.end()};
  }

  /** Whether the sentence says what the paper does ({@link #CLAIM}); the pattern is tried only where one of its words is. */
  private static boolean claims(String sentence) {
    return (containsIgnoringCase(sentence, "we ") || containsIgnoringCase(sentence, "this ") || containsIgnoringCase(sentence, "our "))
        && CLAIM.matcher(sentence).find();
  }

  /**
   * Whether a word of {@link #MODEL_SENSES} keeps its own sense because the paper is on its own
   * field, whatever models it uses: a course's learning objectives in a paper on teaching, a
   * recommender's cold start in a paper on recommendation or click-through prediction, multihop
   * relaying in a paper on communication networks.
   */
  private static boolean inItsOwnField(String slug, Set<String> matched) {
    return switch (slug) {
      case "learning-objectives" -> matched.stream().anyMatch(EDUCATION_TOPICS::contains);
      case "cold-start-problems" -> anyNamesAWord(matched, RECOMMENDER_WORDS);
      case "multihop" -> anyNamesAWord(matched, NETWORKING_WORDS);
      default -> false;
    };
  }

  /** Whether the slug of a matched topic holds one of {@code words}. */
  private static boolean anyNamesAWord(Set<String> matched, Set<String> words) {
    return matched.stream().anyMatch(m -> words.stream().anyMatch(m::contains));
  }

  /** Words of the slugs of topics that say a paper is on recommendation or click-through prediction. */
  static final Set<String> RECOMMENDER_WORDS = Set.of("recommend", "click-through", "collaborative-filtering");

  /**
   * Words of the slugs of topics that say a paper is on communication networks, where "multi-hop"
   * keeps CSO's sense: not "network" alone, which neural, Bayesian and social networks share.
   */
  static final Set<String> NETWORKING_WORDS = Set.of("wireless", "ad-hoc", "sensor-network", "mesh-network", "vehicular", "routing", "relay", "telecommunication");

  /** CSO topics that say a paper is about teaching and learning in the educational sense. */
  static final Set<String> EDUCATION_TOPICS =
      Set.of("education", "e-learning", "curricula", "educational-technology", "learning-environments", "learning-management-system", "student-learning");

  /**
   * CSO topics that say a paper is about learned models: where one of them, or any concept of
   * Papergraph's vocabulary or of Papers with Code, is matched, the words of {@link #MODEL_SENSES}
   * are read as such papers use them.
   */
  static final Set<String> LEARNED_MODEL_TOPICS =
      Set.of("deep-learning", "neural-networks", "large-language-models", "language-model", "machine-learning", "generative-model", "reinforcement-learning");

  /** Words only a paper on learned models writes: what is trained, fine-tuned or pre-trained, and neural networks. */
  private static final Pattern TRAINING_WORDS =
      Pattern.compile("(?i)\\b(?:trained|training|train|fine-tun\\w*|pre-?train\\w*|neural)\\b");

  /**
   * CSO topics whose words papers on learned models use in another sense: "inference" is running a
   * trained model, not logical or statistical inference; a "cache" is of keys, values or features,
   * not a processor's memory cache (nor is its "cache performance"); a "cold start" is a training stage, not a recommender's missing
   * history; "demonstrations" are in-context examples or a robot's demonstrations, not teaching
   * (CSO files them under education); "linear complexity" is a model's cost, not a binary
   * sequence's complexity (CSO: stream ciphers); "frames" are video frames, not structural frames;
   * a "routing mechanism" sends tokens to experts, not packets through a network; a "learning
   * objective" is a training loss, not what a course teaches (CSO: curricula), unless the paper is
   * also on teaching ({@link #EDUCATION_TOPICS}); a "budget" is of tokens, samples, compute or
   * privacy, not money (CSO files budgets under economics; 25 of the file's 28 assignments were of
   * that kind); "multimodal interactions" are between a model's modalities, not a person's
   * interaction with a computer by speech and gesture (CSO: interactive computer systems; 2 of 2
   * judged wrong, 7 of 7 of the file's read); "interleaved" image-text data, reasoning or
   * generation are mixed in one sequence, not CSO's interleavings of concurrent programs (under
   * model checking; 1 of 1 judged wrong, 16 of 17 of the file's read in that sense); "multi-hop"
   * questions, retrieval or reasoning chain facts or documents, not CSO's multihop networks (none of
   * the file's 91 assignments was of a network), unless the paper is also on communication networks
   * ({@link #NETWORKING_WORDS}).
   * In such a paper they are not assigned (their narrower topics, such as variational inference,
   * are matched by their own labels). A paper is on learned models when it matches Papergraph's
   * vocabulary, a Papers with Code name or a topic of {@link #LEARNED_MODEL_TOPICS}, or writes of
   * training, fine-tuning, pre-training or neural networks ({@code TRAINING_WORDS}: 17 of the file's
   * 30 "inference" assignments left were of such papers, all of a model's inference); a
   * recommender's cold start keeps its sense in a paper on recommendation.
   */
  static final Set<String> MODEL_SENSES =
      Set.of("inference", "cache", "cache-performance", "cold-start-problems", "demonstrations", "linear-complexity", "frames", "routing-mechanism", "learning-objectives", "budgets",
          "multi-modal-interactions", "interleavings", "multihop");

  /**
   * Nouns that make a CSO label a kind of thing done in its field rather than another subject:
   * "reinforcement learning agents", "speech recognition systems", "segmentation methods" are
   * reinforcement learning, speech recognition and segmentation to a reader.
   */
  static final Set<String> KIND_NOUNS =
      Set.of("approach", "approaches", "method", "methods", "technique", "techniques", "system", "systems", "algorithm", "algorithms", "agent", "agents", "framework", "frameworks", "task", "tasks", "problem", "problems", "tool", "tools", "scheme", "schemes", "application", "applications");

  /**
   * Folds a CSO topic whose slug is another CSO topic's slug and a {@link #KIND_NOUNS} noun into
   * that topic: its mentions count for it, so that one subject is not listed two to four ways
   * ("reinforcement learning", "... approach", "... agent") and crowds the others out. Only into
   * a topic of two words or more: "dialogue systems" is a field, "dialogue" is not.
   */
  private void foldKinds(Map<String, Hit> hits) {
    for (String slug : List.copyOf(hits.keySet())) {
      Hit h = hits.get(slug);
      int dash = slug.lastIndexOf('-');
      if (h.source != Source.CSO || dash < 0 || !KIND_NOUNS.contains(slug.substring(dash + 1))) {
        continue;
      }
      String base = slug.substring(0, dash);
      TopicConcept into = reference.cso().concept(base);
      if (into == null || !into.prefLabel().contains(" ") || roots.contains(base) || tooGeneric.contains(base)) {
        continue;
      }
      hits.remove(slug);
      Hit merged = hits.computeIfAbsent(base, k -> new Hit(k, Source.CSO));
      merged.count += h.count;
      merged.words = Math.max(merged.words, h.words);
      merged.similarity = Math.max(merged.similarity, h.similarity);
      merged.written |= h.written;
      if (h.place.ordinal() < merged.place.ordinal()) {
        merged.place = h.place;
      }
      merged.mentions.addAll(h.mentions);
    }
  }

  /** arXiv categories whose papers use CSO's words in CSO's senses: computer science, electrical engineering and systems science, statistical machine learning. */
  static boolean isComputing(String category) {
    return category.startsWith("cs.") || category.startsWith("eess.") || category.equals("stat.ML");
  }

  private static TopicMethod method(Source source) {
    return switch (source) {
      case CURATED -> TopicMethod.CURATED_MATCH;
      case CSO -> TopicMethod.CSO_SYNTACTIC;
      case PWC -> TopicMethod.PWC_METHOD;
      case TASK -> TopicMethod.PWC_TASK;
    };
  }

  /**
   * Best first: by score; at equal scores what the text names before what enhancement adds, then
   * the topic named more often, then the one named first (the title, then the opening of the
   * abstract, says what a paper is about), so that the cap keeps the better supported topics
   * rather than the first in the alphabet.
   */
  private static Comparator<TopicAssignment> bestFirst(Map<String, Hit> hits) {
    Map<String, Integer> firstNamed = new HashMap<>();
    for (String slug : hits.keySet()) {
      firstNamed.putIfAbsent(slug, firstNamed.size());
    }
    return Comparator.comparingDouble(TopicAssignment::score)
        .reversed()
        .thenComparing(a -> a.method() == TopicMethod.CSO_BROADER)
        .thenComparing(a -> hits.containsKey(a.slug()) ? -hits.get(a.slug()).count : 0)
        .thenComparing(a -> firstNamed.getOrDefault(a.slug(), Integer.MAX_VALUE))
        .thenComparing(TopicAssignment::slug);
  }

  /**
   * The CSO topics directly above an assigned topic; for a method, those above its collections; for
   * a task, those it is under and those above its parent task. Only CSO topics: enhancement adds
   * nothing else.
   */
  private List<String> csoBroader(TopicAssignment a) {
    if (a.scheme().equals(CsoOntology.NAME)) {
      Set<String> misleading = MISLEADING_BROADER.getOrDefault(a.slug(), Set.of());
      return a.concept().broader().stream().filter(b -> !misleading.contains(b)).toList();
    }
    List<String> out = new ArrayList<>();
    for (String b : a.concept().broader()) {
      if (reference.cso().concept(b) != null) {
        out.add(b);
      } else if (reference.pwc().concept(b) != null) {
        out.addAll(reference.pwc().concept(b).broader());
      } else if (reference.tasks().concept(b) != null) {
        out.addAll(reference.tasks().concept(b).broader());
      }
    }
    // Only CSO topics are added by enhancement, whatever the schemes link to.
    out.removeIf(b -> reference.cso().concept(b) == null);
    return out;
  }

  private TopicAssignment assignment(String slug, Source source, double score, TopicMethod method, List<TopicEvidence> evidence) {
    TopicScheme scheme =
        switch (source) {
          case CURATED -> reference.curated();
          case CSO -> reference.cso();
          case PWC -> reference.pwc();
          case TASK -> reference.tasks();
        };
    List<TopicEvidence> inTextOrder = new ArrayList<>(evidence.stream().distinct().toList());
    inTextOrder.sort(Comparator.comparing(TopicEvidence::part).thenComparingInt(TopicEvidence::start));
    return new TopicAssignment(scheme.concept(slug), scheme.name(), rounded(Math.min(1.0, score)), method, inTextOrder.subList(0, Math.min(MAX_EVIDENCE, inTextOrder.size())));
  }

  /**
   * A score to three decimals, as assignments carry it. Thresholds compare rounded scores: sums
   * of the steps are not exact in doubles (0.35 + 3 x 0.1 is 0.6499...), and a topic that reaches
   * the threshold on paper must reach it here.
   */
  private static double rounded(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  /**
   * Acronyms the paper defines itself ("cross-modality alignment (CMA)"), each with the long form's
   * words (those a label or a non-topical phrase matched, else those whose initials the acronym
   * spells) and the label its long form (the words right before the parenthesis) matches, or {@link
   * #STOP} when it matches none or ends in a non-topical phrase: the paper's own long form says what
   * they mean ("cma" is also CSO's "constant modulus algorithm", "SFT" is "supervised fine-tuning" in
   * one paper and a method's name in another). An acronym whose long form is one word that only
   * confirms the topic the vocabulary gives it ({@link #confirms}) is left out, and read as the
   * vocabulary reads it; the first definition of an acronym is the one that counts.
   */
  private Map<String, Defined> definedAcronyms(String text) {
    Map<String, Defined> out = new HashMap<>();
    Set<String> confirmed = new HashSet<>();
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (out.containsKey(acronym) || confirmed.contains(acronym)) {
        continue;
      }
      int from = Math.max(0, m.start() - 80);
      // Whole words of the clause before the parenthesis only: "Among large scenes, graph (SG)" is no "scene graph".
      while (from > 0 && from < m.start() && Character.isLetterOrDigit(text.charAt(from - 1)) && Character.isLetterOrDigit(text.charAt(from))) {
        from++;
      }
      List<String> segments = WordKeys.segments(text.substring(from, m.start()));
      String preceding = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
      List<String> before = WordKeys.words(preceding);
      Label longForm = STOP;
      List<String> longWords = List.of();
      List<String> rawBefore = WordKeys.rawWords(preceding);
      boolean endsInLastWord = !rawBefore.isEmpty() && acronym.toLowerCase(Locale.ROOT).endsWith(rawBefore.get(rawBefore.size() - 1).toLowerCase(Locale.ROOT));
      // One word cannot be what three initials or more stand for: "light detection and ranging
      // (LiDAR)" is no "ranging", "Direct Preference Optimization (DPO)" no "optimization"; unless
      // the acronym ends in that word ("State-Decomposable MDP (SDMDP)" is an MDP, "Hierarchical
      // Graph Mamba (HGMamba)" a Mamba). Where no longer label matched and that word names the
      // topic the vocabulary gives the acronym, the paper defines nothing new (confirms).
      int fewest = capitalsOf(acronym).length() >= 3 && !endsInLastWord ? 2 : 1;
      for (int n = Math.min(MAX_LABEL_WORDS, before.size()); n >= fewest && longForm.stop(); n--) {
        Label l = exactWords.get(before, before.size() - n, before.size());
        if (l != null && (l.source() != Source.CSO || n <= MAX_CSO_WORDS)) {
          longForm = l;
          longWords = List.copyOf(before.subList(before.size() - n, before.size()));
          if (l.stop()) {
            // A phrase that names no topic: nor does its acronym, whatever shorter label its words
            // hold ("battery energy storage systems (BESS)" is no storage system). Its words are the
            // long form, which words after the acronym may complete into a label (spelledOutMatch).
            break;
          }
        }
      }
      // A name is matched as written, so not among the folded labels above: "Hierarchical Graph
      // Mamba (HGMamba)" is a Mamba.
      Label name = longWords.isEmpty() && endsInLastWord ? names.get(rawBefore.get(rawBefore.size() - 1)) : null;
      if (name != null) {
        longForm = name;
        longWords = List.of(before.get(before.size() - 1));
      }
      if (longWords.isEmpty() && fewest > 1 && confirms(acronym, before)) {
        confirmed.add(acronym);
        continue;
      }
      if (longWords.isEmpty()) {
        longWords = spelledOut(acronym, rawBefore);
      }
      out.put(acronym, new Defined(longForm, longWords));
    }
    spelledOutElsewhere(text, out, confirmed);
    return out;
  }

  /**
   * Whether the one word before an acronym's parenthesis is a label of the topic the vocabulary
   * already gives the acronym: "electroencephalography (EEG)" spells its initials inside one word,
   * and the definition only confirms what EEG means. The acronym is then read as the vocabulary
   * reads it where a paper does not define it: alone as that topic, and as the start of a longer
   * label ("EEG decoding") as before.
   */
  private boolean confirms(String acronym, List<String> before) {
    if (before.isEmpty()) {
      return false;
    }
    Label word = exactWords.get(before, before.size() - 1, before.size());
    Label vocabulary = acronymAt(acronym);
    return word != null && !word.stop() && vocabulary != null && vocabulary.slug().equals(word.slug());
  }

  /**
   * Acronyms of three capitals or more the paper writes without defining them but whose words it
   * writes elsewhere, initial by initial, as a label: those words are what the acronym means
   * there, as a definition would say ("a parallel reversible SNN" in a paper on "Reversible Spiking
   * Neural Networks" is a spiking neural network, not the self-normalizing network Papers with
   * Code calls SNN). Only where the vocabulary gives the acronym another topic: words that are no
   * label, or a label of the topic the vocabulary gives it (CSO's "gated recurrent unit" for
   * Papers with Code's GRU), leave the acronym as the vocabulary reads it.
   */
  private void spelledOutElsewhere(String text, Map<String, Defined> out, Set<String> confirmed) {
    List<List<String>> segments = new ArrayList<>();
    Set<String> acronyms = new LinkedHashSet<>();
    for (String segment : WordKeys.segments(text)) {
      List<String> raw = WordKeys.rawWords(segment);
      segments.add(raw);
      for (String w : raw) {
        String a = PLURAL_OF_CAPITALS.matcher(w).matches() ? strip(w) : w;
        if (a.length() >= 3 && a.chars().allMatch(Character::isUpperCase) && !out.containsKey(a) && !confirmed.contains(a)) {
          acronyms.add(a);
        }
      }
    }
    for (String acronym : acronyms) {
      Label vocabulary = acronymAt(acronym);
      if (vocabulary == null) {
        continue;
      }
      String initials = acronym.toLowerCase(Locale.ROOT);
      int k = initials.length();
      search:
      for (List<String> raw : segments) {
        for (int i = 0; i + k <= raw.size(); i++) {
          if (!spells(raw.subList(i, i + k), initials)) {
            continue;
          }
          List<String> words = WordKeys.folded(raw.subList(i, i + k));
          Label l = exactWords.get(words, 0, k);
          if (l != null && !l.stop() && (l.source() != Source.CSO || k <= MAX_CSO_WORDS) && !vocabulary.slug().equals(l.slug())
              && !acronymTopicLabels.contains(vocabulary.slug() + "\t" + String.join(" ", words))) {
            out.put(acronym, new Defined(l, words));
            break search;
          }
        }
      }
    }
  }

  /** Whether words written in lower case or capitalized, not acronyms themselves, start with the given initials in turn. */
  private static boolean spells(List<String> words, String initials) {
    for (int j = 0; j < words.size(); j++) {
      String w = words.get(j);
      if (w.length() < 2 || Character.toLowerCase(w.charAt(0)) != initials.charAt(j) || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An acronym the paper defines: the label its long form matches ({@link #STOP} for none) and the
   * long form's folded words, empty when they are not known.
   */
  private record Defined(Label label, List<String> longForm) {}

  /**
   * The folded words the acronym's capitals are the initials of, right before its parenthesis
   * ("scene graph" of "Scene graph (SG)"), or an empty list when the words there do not spell it.
   */
  private static List<String> spelledOut(String acronym, List<String> rawBefore) {
    String capitals = capitalsOf(acronym);
    int k = capitals.length();
    if (k < 2 || k > MAX_WORDS || rawBefore.size() < k) {
      return List.of();
    }
    List<String> words = rawBefore.subList(rawBefore.size() - k, rawBefore.size());
    for (int j = 0; j < k; j++) {
      if (Character.toLowerCase(words.get(j).charAt(0)) != capitals.charAt(j)) {
        return List.of();
      }
    }
    return List.copyOf(WordKeys.folded(words));
  }

  /** The capitals of an acronym, lower case: "lidar" of "LiDAR". */
  private static String capitalsOf(String acronym) {
    return acronym.chars().filter(Character::isUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A defined acronym alone, or a longer label of the vocabulary that starts with it where the
   * paper's long form matches no label: "out-of-distribution (OOD)" names no topic, but "OOD
   * detection" is CSO's OOD detection.
   */
  private Match ownOrLonger(Defined own, List<String> raw, List<String> words, List<Boolean> hyphenated, int i) {
    if (own.label().stop()) {
      Match longer = matchAt(raw, words, hyphenated, i);
      if (longer != null && longer.words() > 1) {
        return longer;
      }
    }
    return new Match(own.label(), 1, 1.0, false);
  }

  /**
   * A label that the long form of an acronym the paper defines begins, completed by the words
   * after the acronym: "SG generation" in a paper that writes "scene graph (SG)" is scene graph
   * generation, "KG completion" knowledge graph completion. Null where none is.
   */
  private Match spelledOutMatch(Defined d, List<String> raw, List<String> words, List<Boolean> hyphenated, int i) {
    int lf = d.longForm().size();
    if (lf == 0 || lf >= MAX_LABEL_WORDS || i + 1 >= words.size() || startsInsideCompound(raw, hyphenated, i)) {
      return null;
    }
    List<String> virtual = new ArrayList<>(d.longForm());
    virtual.addAll(words.subList(i + 1, Math.min(words.size(), i + 1 + MAX_LABEL_WORDS - lf)));
    Label[] labels = new Label[MAX_LABEL_WORDS];
    int n = exactWords.along(virtual, 0, MAX_LABEL_WORDS, labels);
    for (int len = n; len > lf; len--) {
      Label l = labels[len - 1];
      int last = i + len - lf;
      // Not a Papers with Code method: "RL framework" is the paper's own framework, not the
      // collection "Reinforcement Learning Frameworks".
      if (l != null && !l.stop() && l.source() != Source.PWC && (l.source() != Source.CSO || len <= MAX_CSO_WORDS) && !breaksCompound(raw, hyphenated, last) && !verbOnly(l, raw, hyphenated, last)) {
        return new Match(l, len - lf + 1, 1.0, false);
      }
    }
    return null;
  }

  /** The text without its acronym definitions: "(LLMs)" right after "large language models" is not a second mention. */
  private static String withoutDefinitions(String text) {
    // Blanked to as many spaces, so that offsets into the text still point at the paper's words.
    return DEFINED_ACRONYM.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
  }

  private void scan(String text, Where where, Map<String, Defined> defined, Map<String, Hit> hits) {
    String withoutUrls = containsIgnoringCase(text, "http") || containsIgnoringCase(text, "www.") ? URL.matcher(text).replaceAll(" ") : text;
    for (String segment : WordKeys.segments(withoutUrls)) {
      List<String> raw = WordKeys.rawWords(segment);
      List<Boolean> hyphenated = WordKeys.hyphenatedToNext(segment);
      List<String> words = WordKeys.folded(raw);
      // The longest match at each word is kept unless it lies inside a match that started before
      // it: "graph neural networks" is not also "neural networks", but "underwater image
      // enhancement" is both "underwater image" and "image enhancement".
      int coveredUntil = 0;
      boolean[] matched = new boolean[words.size()];
      for (int i = 0; i < words.size(); i++) {
        Defined own = defined.isEmpty() ? null : defined.get(raw.get(i));
        if (own == null && !defined.isEmpty()) {
          own = defined.get(strip(raw.get(i)));
        }
        Match spelled = own == null ? null : spelledOutMatch(own, raw, words, hyphenated, i);
        Match m = spelled != null ? spelled : own != null ? ownOrLonger(own, raw, words, hyphenated, i) : matchAt(raw, words, hyphenated, i);
        if (m == null || i + m.words() <= coveredUntil || negatedInCompound(raw, hyphenated, i)) {
          // A denied match covers nothing: "self-supervised video summarization" is still video summarization.
          continue;
        }
        coveredUntil = i + m.words();
        Arrays.fill(matched, i, coveredUntil, true);
        if (m.label().stop() || afterContrast(raw, i) || doneWithout(raw, hyphenated, i + m.words() - 1)) {
          continue;
        }
        hit(m.label(), m.similarity(), mention(raw.subList(i, i + m.words()), where), hits).written = true;
        if (m.exact() && m.label().source() != Source.PWC) {
          headPhrase(raw, words, hyphenated, i, m.words(), m.label(), where, hits);
        }
      }
      for (int i = 0; i < words.size(); i++) {
        if (!matched[i]) {
          taskInOtherWords(raw, words, hyphenated, i, where, hits);
        }
        withInsertedWord(raw, words, hyphenated, i, where, hits);
      }
    }
  }

  /** The fewest words of a label matched with a qualifying tail inside it ({@link #withInsertedWord}). */
  static final int INSERTED_WORD_LABEL = 3;

  /**
   * The qualifying tails that leave the label they stand in ("graph-based retrieval-augmented
   * generation" is graph RAG). The others say the rest is done with or without the first part,
   * not of it: "graph-guided data augmentation" augments scenes, "data-free compression" is no
   * data compression, "human-like action recognition" no human action recognition.
   */
  static final Set<String> INSERTED_TAILS = Set.of("based", "level", "scale", "specific", "aware", "enabled", "oriented", "centric");

  /**
   * A label of three words or more written with a qualifying tail after its first words ({@link
   * #INSERTED_TAILS}): "graph-level anomaly detection" is graph anomaly detection,
   * "LiDAR-based semantic segmentation" LiDAR semantic segmentation, "diffusion-based large
   * language models" diffusion LLMs. The tail says how the words before it qualify the rest and
   * leaves the label's topic. Any other word inside a label was read over the shared file and
   * changes it too often ("video camouflaged object detection" is no video object detection,
   * "real-time inspection systems" no real-time system), and shorter labels say too little to
   * survive even a tail.
   */
  private void withInsertedWord(List<String> raw, List<String> words, List<Boolean> hyphenated, int i, Where where, Map<String, Hit> hits) {
    // Called at every word of every abstract: the cheap test for a tail ahead comes first.
    for (int j = i + 1; j < Math.min(words.size() - 1, i + MAX_WORDS); j++) {
      if (hyphenated.get(j) || !hyphenated.get(j - 1) || !INSERTED_TAILS.contains(raw.get(j).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (startsInsideCompound(raw, hyphenated, i) || startsInsideOpenCompound(raw, i)) {
        return;
      }
      Label[] labels = new Label[MAX_WORDS];
      List<String> without = new ArrayList<>(words.subList(i, j));
      without.addAll(words.subList(j + 1, Math.min(words.size(), i + MAX_WORDS + 1)));
      for (int n = exactWords.along(without, 0, MAX_WORDS, labels); n > j - i; n--) {
        Label l = labels[n - 1];
        int last = i + n;
        if (l != null && !l.stop() && l.words() >= INSERTED_WORD_LABEL && !breaksCompound(raw, hyphenated, last)
            && (l.source() != Source.CSO || terms(hyphenated, i, n + 1) <= MAX_CSO_WORDS) && inItsForm(l, raw, hyphenated, i, last)
            && exactWords.get(words, i, last + 1) == null) {
          if (!afterContrast(raw, i)) {
            hit(l, 1.0, mention(raw.subList(i, last + 1), where), hits).written = true;
          }
          return;
        }
      }
    }
  }

  /** Words that end the object of a task's verb or of "<task noun> of": prepositions, conjunctions, auxiliaries, pronouns. */
  static final Set<String> OBJECT_ENDS =
      Set.of("of", "in", "on", "at", "for", "from", "to", "into", "onto", "with", "without", "within", "by", "via", "through", "across", "under", "over",
          "using", "based", "and", "or", "but", "as", "than", "that", "which", "who", "whose", "where", "when", "while", "is", "are", "was", "were", "be",
          "been", "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "must", "do", "does", "did", "not", "no", "we", "it", "they",
          "them", "each", "between", "among", "against", "about", "after", "before", "during", "so", "if", "then", "thus", "also", "more", "most", "less");

  /** Words before an object's first noun that say which or how many: skipped, as numbers are ("evaluate seven LLMs"). */
  static final Set<String> OBJECT_DETERMINERS =
      Set.of("the", "a", "an", "all", "any", "some", "many", "multiple", "several", "various", "different", "diverse", "their",
          "its", "our", "given", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both");

  /** Words that point back to something named before ("to answer this question"): an object they open names no task. */
  private static final Set<String> POINTING_BACK = Set.of("this", "these", "those", "that", "such");

  /** Words before a verb form, one or two back, that deny it: "do not detect", "fails to detect". */
  private static final Set<String> DENIALS = Set.of("not", "cannot", "never", "fail", "fails", "failed", "unable", "neither", "nor");

  /** Words before a verb form that make it a noun or an adjective: "the following", "a match". */
  private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "each", "every", "any", "some", "such");

  /** The similarity of a task named by its verb or noun and object ({@link #taskInOtherWords}) to its label. */
  static final double OTHER_WORDS = 0.9;

  /** At most this many words of an object are read: the label's modifiers and its head. */
  private static final int MAX_OBJECT_WORDS = 4;

  /**
   * A task named by its verb and object, or by its noun with "of" ({@code task-verbs.txt}):
   * "detecting anomalies" and "detection of anomalies" are anomaly detection, "segment lung
   * lesions" lesion segmentation. The object runs from after the verb (or "of"), determiners,
   * numbers and qualifiers ("state-of-the-art", "frontier") skipped and what an evaluation
   * measures of it read through ("evaluate the performance of four LLMs"), to the first word that
   * ends it ({@link #OBJECT_ENDS}, a participle in "-ing", a number); its last word is kept and its
   * first words dropped until "object task" is a label of two words or more of CSO, Papergraph's
   * vocabulary or the tasks. A mention so found counts at the same place as the label written
   * out, with a similarity of {@value #OTHER_WORDS}: the label's own words and a second mention
   * raise a topic, but one such mention of a two-word label in the lead or the body stays below
   * {@value #MIN_SCORE} (read on the judged sets, a topic named so only once was as often a step
   * of the method as its subject: "generating final answers", "reconstruct a dense point
   * cloud"); one of a label of three words or more in the lead, or in the title, reaches it
   * (0.72). A verb form after a
   * determiner ("the following") is not a verb; one after a contrast ("without detecting") or a
   * denial ("do not detect", "fails to detect"), with "no" after it, or with an object that
   * points back ("to answer this question") names nothing; and a non-topical phrase so written
   * assigns nothing.
   */
  private void taskInOtherWords(List<String> raw, List<String> words, List<Boolean> hyphenated, int i, Where where, Map<String, Hit> hits) {
    String w = raw.get(i).toLowerCase(Locale.ROOT);
    String task;
    int object;
    if (taskNouns.containsKey(w) && i + 1 < raw.size() && raw.get(i + 1).equalsIgnoreCase("of")) {
      task = taskNouns.get(w);
      object = i + 2;
    } else if (taskVerbs.containsKey(w) && (i == 0 || !NOUN_MARKERS.contains(raw.get(i - 1).toLowerCase(Locale.ROOT)))) {
      task = taskVerbs.get(w);
      object = i + 1;
    } else {
      return;
    }
    if (i > 0 && hyphenated.get(i - 1) || hyphenated.get(i) || afterContrast(raw, i) || denied(raw, i)) {
      return;
    }
    if (object < raw.size() && POINTING_BACK.contains(raw.get(object).toLowerCase(Locale.ROOT))) {
      return;
    }
    object = objectStart(raw, hyphenated, object);
    if (object + 2 < raw.size() && MEASURED_ASPECTS.contains(raw.get(object).toLowerCase(Locale.ROOT)) && raw.get(object + 1).equalsIgnoreCase("of")) {
      object = objectStart(raw, hyphenated, object + 2);
    }
    int end = object;
    while (end < raw.size() && end - object < MAX_OBJECT_WORDS && isObjectWord(raw.get(end), end == object)) {
      end++;
    }
    // An object that runs on into a hyphenated compound ("generate text-to-image ...") is not read,
    // nor one cut at "and" or "or" whose last word may be an adjective of a noun after them
    // ("reconstruct sparse and noisy point clouds"): there only a plural is surely the noun.
    if (end == object || hyphenated.get(end - 1) || coordinated(raw, end) && !raw.get(end - 1).endsWith("s")) {
      return;
    }
    for (int s = object; s < end; s++) {
      if (startsInsideCompound(raw, hyphenated, s)) {
        continue;
      }
      List<String> key = new ArrayList<>(words.subList(s, end));
      key.add(task);
      Label l = exactWords.get(key, 0, key.size());
      if (l != null && l.stop()) {
        return;
      }
      if (l != null && l.source() != Source.PWC && (l.source() != Source.CSO || key.size() <= MAX_CSO_WORDS)) {
        hit(l, OTHER_WORDS, mention(raw.subList(i, end), where), hits);
        return;
      }
    }
  }

  /** What is measured of an object, read through to the object: "evaluate the performance of four LLMs" evaluates the LLMs. */
  static final Set<String> MEASURED_ASPECTS = Set.of("performance", "capabilities", "capability", "abilities", "ability", "effectiveness");

  /** Words that say which of an object's kind are meant, before its first noun: skipped like determiners ("evaluate frontier LLMs"). */
  static final Set<String> OBJECT_QUALIFIERS = Set.of("frontier", "leading", "popular", "existing", "recent", "current", "prominent", "mainstream", "proprietary", "open-source", "open-weight", "closed-source", "state-of-the-art");

  /** The first word of an object from {@code k}: determiners, numbers and qualifiers skipped, a qualifier written with hyphens whole. */
  private static int objectStart(List<String> raw, List<Boolean> hyphenated, int k) {
    while (k < raw.size()) {
      String w = raw.get(k).toLowerCase(Locale.ROOT);
      if (OBJECT_DETERMINERS.contains(w) || isNumber(raw.get(k)) || OBJECT_QUALIFIERS.contains(w) && !hyphenated.get(k)) {
        k++;
        continue;
      }
      if (!hyphenated.get(k)) {
        return k;
      }
      int end = k;
      StringBuilder compound = new StringBuilder(w);
      while (hyphenated.get(end) && end + 1 < raw.size()) {
        end++;
        compound.append('-').append(raw.get(end).toLowerCase(Locale.ROOT));
      }
      if (!OBJECT_QUALIFIERS.contains(compound.toString())) {
        return k;
      }
      k = end + 1;
    }
    return k;
  }

  private static boolean coordinated(List<String> raw, int k) {
    return k < raw.size() && (raw.get(k).equalsIgnoreCase("and") || raw.get(k).equalsIgnoreCase("or"));
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }

  /**
   * A word of an object: not a number, an ending word, a determiner or a word pointing back
   * ("segment twice the image"), another task's verb or noun ("denoising diffusion models
   * generate images" is no image denoising); after its first word, not a participle in "-ing"
   * either ("following instructions containing …"), which may start an object ("detect building
   * damage").
   */
  private boolean isObjectWord(String word, boolean first) {
    String w = word.toLowerCase(Locale.ROOT);
    return !isNumber(word) && !OBJECT_ENDS.contains(w) && !OBJECT_DETERMINERS.contains(w) && !POINTING_BACK.contains(w) && !taskVerbs.containsKey(w)
        && !taskNouns.containsKey(w) && (first || !(w.endsWith("ing") && w.length() > 5));
  }

  /** Whether a denial stands one or two words before word {@code i}: "do not detect", "fails to detect". */
  private static boolean denied(List<String> raw, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (DENIALS.contains(raw.get(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence with its lists of examples blanked to spaces (offsets still hold): what follows
   * "such as", "e.g.", "for example", "like" or "applications in" up to the end of the list is
   * named in passing, as an application or an instance ("crucial for applications like autonomous
   * navigation and augmented reality", "a wide range of applications in virtual and augmented
   * reality", "foundation models (e.g., CLIP and LLaVA)"), not as the paper's subject.
   * "Applications, including" opens such a list too where the sentence speaks of the field ("3D
   * reconstruction is a cornerstone of numerous applications, including autonomous driving"),
   * not where the paper speaks of itself ("we showcase its applications, including video question
   * answering"); so do "areas", "domains", "fields" and "tasks including" ("breakthroughs across a
   * wide range of areas including question answering, machine translation, and text
   * summarization"). A list after "including" has two items at least: one item is the field the
   * paper goes on to work in ("progress in various fields including computational pathology").
   * "Baselines", "benchmarks" and "metrics including" list what the paper is measured against or
   * on, whoever speaks ("surpasses strong baselines, including self-consistency and reinforcement
   * learning approaches"). The list ends at a closing parenthesis, a semicolon, the next clause
   * (", which", ", we", a verb such as "is", "rely" or "demonstrate") or the end of the sentence.
   */
  static String withoutExamples(String sentence) {
    if (!mayCiteExamples(sentence)) {
      return sentence;
    }
    Matcher cue = EXAMPLE_CUE.matcher(sentence);
    if (!cue.find()) {
      return sentence;
    }
    StringBuilder out = new StringBuilder(sentence);
    int from = 0;
    cue.reset();
    boolean firstPerson = FIRST_PERSON.matcher(sentence).find();
    while (cue.find(from)) {
      boolean including = cue.group("including") != null;
      if (firstPerson && including) {
        from = cue.end();
        continue;
      }
      Matcher end = EXAMPLES_END.matcher(sentence);
      int stop = end.find(cue.end()) ? end.start() : sentence.length();
      boolean afterIncluding = including || cue.group("yardsticks") != null;
      if (!afterIncluding || SEVERAL.matcher(sentence).region(cue.end(), stop).find()) {
        for (int k = cue.start(); k < stop; k++) {
          out.setCharAt(k, ' ');
        }
      }
      if (stop >= sentence.length()) {
        break;
      }
      from = stop + 1;
    }
    return out.toString();
  }

  /**
   * False when the sentence surely holds no {@link #EXAMPLE_CUE}: each of its cues has one of these
   * pieces of text, and looking for them is cheaper than trying the pattern at every character.
   */
  private static boolean mayCiteExamples(String sentence) {
    return containsIgnoringCase(sentence, "such as") || containsIgnoringCase(sentence, "e.") || containsIgnoringCase(sentence, "for ex")
        || containsIgnoringCase(sentence, "for in") || containsIgnoringCase(sentence, "like") || containsIgnoringCase(sentence, "applications")
        || containsIgnoringCase(sentence, "including");
  }

  /**
   * Whether {@code text} holds {@code part} (lower-case ASCII) in any case: a cheap test before
   * a case-insensitive pattern, which matches ASCII letters in any case too.
   */
  static boolean containsIgnoringCase(String text, String part) {
    char lower = part.charAt(0);
    char upper = Character.toUpperCase(lower);
    for (int k = 0, last = text.length() - part.length(); k <= last; k++) {
      char c = text.charAt(k);
      if ((c == lower || c == upper) && text.regionMatches(true, k + 1, part, 1, part.length() - 1)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern EXAMPLE_CUE =
      Pattern.compile("(?i)\\b(?:such as|e\\.\\s?g\\.|for example|for instance|applications\\s+(?:in|across|spanning)\\b|(?<including>(?:applications,|(?:areas|domains|fields|tasks),?)\\s+including\\b)|(?<yardsticks>(?:baselines|benchmarks|metrics),?\\s+including\\b))|(?<=\\s)like(?=\\s)");
  /** What separates the items of a list: a list after "including" needs two. */
  private static final Pattern SEVERAL = Pattern.compile(",|\\s(?:and|or)\\s");
  /** The paper speaking of itself: its own applications are no examples named in passing. */
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|us)\\b");
  private static final Pattern EXAMPLES_END =
      Pattern.compile(
          "[;)]|(?<=\\S)\\.(?=\\s|$)|,\\s+(?:which|where|while|whereas|yet|but|making|enabling|allowing|leading|resulting|thereby|thus|we|our|this|these|it|they)\\b"
              + "|\\s(?:is|are|was|were|has|have|had|remain|remains|rely|relies|can|could|may|face|faces|suffer|suffers|struggle|struggles|achieve|achieves|require|requires|improve|improves|enable|enables|provide|provides|offer|offers|show|shows|demonstrate|demonstrates|confirm|confirms|reveal|reveals|indicate|indicates|become|becomes|lead|leads|to)\\b");

  private static boolean afterContrast(List<String> raw, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (CONTRAST_CUES.contains(raw.get(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private record Match(Label label, int words, double similarity, boolean exact) {}

  /** The longest match that starts at word {@code i}, or null. */
  private Match matchAt(List<String> raw, List<String> words, List<Boolean> hyphenated, int i) {
    boolean insideCompound = startsInsideCompound(raw, hyphenated, i) || startsInsideOpenCompound(raw, i);
    if (!insideCompound) {
      Label[] labels = new Label[MAX_LABEL_WORDS];
      for (int n = exactWords.along(words, i, MAX_LABEL_WORDS, labels); n >= 1; n--) {
        Label l = labels[n - 1];
        if (l != null && !breaksCompound(raw, hyphenated, i + n - 1) && (l.source() != Source.CSO || terms(hyphenated, i, n) <= MAX_CSO_WORDS) && inItsForm(l, raw, hyphenated, i, i + n - 1)) {
          return new Match(l, n, 1.0, true);
        }
      }
    }
    Label acronym = acronymAt(raw.get(i));
    if (acronym != null && (acronym.source() == Source.PWC || acronym.source() == Source.TASK) && startsInsideCompound(raw, hyphenated, i)) {
      // "RS-TinyNet" is the paper's own model, not Papers with Code's TinyNet: a method name
      // inside a compound names a variant the paper builds ("G-CNN" is still a CNN).
      acronym = null;
    }
    if (acronym != null) {
      return new Match(acronym, 1, 1.0, false);
    }
    List<FuzzyLabel>[] buckets = insideCompound ? null : fuzzyByFirstWord.get(words.get(i));
    if (buckets == null) {
      return null;
    }
    for (int n = Math.min(MAX_CSO_WORDS, words.size() - i); n >= 2; n--) {
      List<FuzzyLabel> bucket = buckets[n];
      if (bucket.isEmpty() || breaksCompound(raw, hyphenated, i + n - 1)) {
        continue;
      }
      int keyLength = n - 1;
      for (int k = i; k < i + n; k++) {
        keyLength += words.get(k).length();
      }
      String key = null;
      for (FuzzyLabel f : bucket) {
        if (!lengthsAllowSimilarity(keyLength, f.key().length())) {
          continue;
        }
        key = key == null ? String.join(" ", words.subList(i, i + n)) : key;
        double sim = similarity(key, f.key());
        if (sim >= SIMILARITY && inItsForm(f.label(), raw, hyphenated, i, i + n - 1)) {
          return new Match(f.label(), n, sim, false);
        }
      }
    }
    return null;
  }

  /**
   * The terms of {@code n} words from word {@code i}, a hyphenated compound counted once: CSO's
   * labels of more than {@value #MAX_CSO_WORDS} words are mostly phrases, not topics, but
   * "multi-objective evolutionary algorithms" is three terms.
   */
  private static int terms(List<Boolean> hyphenated, int i, int n) {
    int terms = n;
    for (int k = i; k < i + n - 1; k++) {
      if (hyphenated.get(k)) {
        terms--;
      }
    }
    return terms;
  }

  /**
   * Whether a match ending at word {@code last} would end inside a hyphenated compound: "direct
   * sequence" in "direct sequence-to-sequence model" is not direct-sequence spread spectrum. A
   * compound that only qualifies its first part ("GNN-based", "task-specific") does not count.
   */
  private static boolean breaksCompound(List<String> raw, List<Boolean> hyphenated, int last) {
    return last + 1 < raw.size() && hyphenated.get(last) && !QUALIFYING_TAILS.contains(raw.get(last + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a match starting at word {@code i} would start inside a hyphenated compound:
   * "teacher-student learning" is not student learning, "brain-computer interface" not a
   * computer interface. A compound whose first part is a prefix ("multi-view", "micro-gesture")
   * does not count, nor the output of an "X-to-Y" compound ("text-to-image generation" is image
   * generation).
   */
  private static boolean startsInsideCompound(List<String> raw, List<Boolean> hyphenated, int i) {
    if (i == 0 || !hyphenated.get(i - 1)) {
      return false;
    }
    String before = raw.get(i - 1).toLowerCase(Locale.ROOT);
    return !SPLIT_PREFIXES.contains(before) && !COMPOUND_PREFIXES.contains(before);
  }

  /** First parts of hyphenated compounds that deny what follows: "non-reasoning models" are models that do not reason. */
  static final Set<String> NEGATING_PREFIXES = Set.of("non", "not");

  /** First parts of hyphenated compounds that turn "supervised" into another kind of learning. */
  static final Set<String> SUPERVISION_PREFIXES = Set.of("self", "semi");

  /**
   * Whether the word at {@code i} is the second part of a compound that says the opposite of a
   * label starting there: "non-reasoning models" are no reasoning models, "non-LLM baselines" no
   * LLMs, and "self-supervised video summarization" is no supervised video summarization. The
   * other prefixes of {@link #SPLIT_PREFIXES} keep the label's topic ("multi-object tracking" is
   * object tracking, "self-attention" attention), and a match that spans the whole compound
   * ("non-negative matrix factorization") starts before it. The head rule's {@link
   * #CONTRARY_MODIFIERS} is wider: the others of it ("un-", "weakly-", "anti-") are no split
   * prefixes, so {@link #startsInsideCompound} already keeps a match from starting after them.
   */
  private static boolean negatedInCompound(List<String> raw, List<Boolean> hyphenated, int i) {
    if (i == 0 || !hyphenated.get(i - 1)) {
      return false;
    }
    String before = raw.get(i - 1).toLowerCase(Locale.ROOT);
    return NEGATING_PREFIXES.contains(before)
        || SUPERVISION_PREFIXES.contains(before) && raw.get(i).toLowerCase(Locale.ROOT).startsWith("supervis");
  }

  /**
   * Whether the label ending at word {@code last} is the first part of a compound that says the
   * paper does without it: "SfM-free" pose estimation estimates poses with no structure from
   * motion, a "tokenizer-free" model has no tokenizer. Like a contrast ({@link #CONTRAST_CUES}),
   * it names what the paper sets itself against; a longer label that spans the compound
   * ("context-free languages") is matched as a whole and never ends here.
   */
  private static boolean doneWithout(List<String> raw, List<Boolean> hyphenated, int last) {
    return last + 1 < raw.size() && hyphenated.get(last) && raw.get(last + 1).equalsIgnoreCase("free");
  }

  /**
   * Compounds written open whose second word starts no label: "point cloud data" is data of point
   * clouds, not CSO's cloud data (all 42 of the file's assignments of it came from "point cloud
   * data"); "natural language processing models" and "temporal point process modeling" are no
   * business process modeling (13 of the file's 20 assignments of it).
   */
  static final Set<String> OPEN_COMPOUNDS = Set.of("point cloud", "language processing", "point process");

  private static boolean startsInsideOpenCompound(List<String> raw, int i) {
    if (i == 0) {
      return false;
    }
    String second = raw.get(i).toLowerCase(Locale.ROOT);
    if (second.endsWith("s")) {
      second = second.substring(0, second.length() - 1);
    }
    return OPEN_COMPOUNDS.contains(raw.get(i - 1).toLowerCase(Locale.ROOT) + " " + second);
  }

  /** First parts of hyphenated compounds that only qualify what follows, besides {@link #SPLIT_PREFIXES}; "to" of "X-to-Y". */
  static final Set<String> COMPOUND_PREFIXES = Set.of("to", "micro", "macro", "meta", "hyper", "sub", "ultra", "mini", "re", "de");

  /** Second parts of hyphenated compounds that qualify the first part rather than form a new term with it. */
  static final Set<String> QUALIFYING_TAILS =
      Set.of("based", "driven", "aware", "level", "free", "specific", "like", "style", "scale", "wise", "guided", "oriented", "enhanced", "related",
          "powered", "assisted", "augmented", "enabled", "centric", "agnostic", "conditioned", "informed", "inspired", "friendly", "only", "generated", "induced", "dependent", "independent", "intensive", "efficient", "empowered");

  /**
   * Whether a label's last word is matched on a verb: a participle the label does not have, with
   * a preposition after it ("a mechanism designed to capture" is not mechanism design, "a system
   * designed for" not systems design). The folded words meet, but the verb names no topic; a
   * participle before a noun ("class-imbalanced data") still says what the label says. A label
   * whose participle qualifies a compound ("scene-based") is not matched on the verb either: "a
   * 3D scene based on language queries".
   */
  private static boolean verbOnly(Label l, List<String> raw, List<Boolean> hyphenated, int last) {
    String w = raw.get(last).toLowerCase(Locale.ROOT);
    if (last + 1 >= raw.size() || !VERB_PREPOSITIONS.contains(raw.get(last + 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean compoundParticiple = l.participle() && last > 0 && !hyphenated.get(last - 1) && w.endsWith("ed") && QUALIFYING_TAILS.contains(w);
    return compoundParticiple || !l.participle() && w.endsWith("ed") && isInflectedInEd(w);
  }

  /** Words after a participle that make it a verb ("designed to", "trained on", "based on"). */
  private static final Set<String> VERB_PREPOSITIONS = Set.of("to", "for", "by", "with", "on", "in", "from", "via", "using", "through", "into", "as", "at");

  /**
   * Whether words {@code first} to {@code last} are written in the label's form: its first word
   * with the ending the label needs ({@link #ending}, {@link #firstWordEnding}), its last not a
   * verb the label is not ({@link #verbOnly}). Asked of every way a label is matched: exactly, by
   * a near spelling, with a tail inside.
   */
  private static boolean inItsForm(Label l, List<String> raw, List<Boolean> hyphenated, int first, int last) {
    return hasEnding(l, raw.get(first)) && !verbOnly(l, raw, hyphenated, last);
  }

  private static boolean hasEnding(Label l, String word) {
    if (l.ending() == null) {
      return true;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return strip(w).endsWith(l.ending());
  }

  private static String strip(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The head of an English compound is its end, and names a broader idea: "TCP congestion
   * control" is also "congestion control". So the longest ending of two words or more of a
   * matched phrase is matched too: of a CSO label always, of a label of Papergraph's vocabulary
   * when that ending is the concept's broader topic, and of a task's name when that ending is a
   * label of CSO, of Papergraph's vocabulary or of another task ("text-based image editing").
   */
  private void headPhrase(List<String> raw, List<String> words, List<Boolean> hyphenated, int i, int n, Label matched, Where where, Map<String, Hit> hits) {
    for (int k = n - 1; k >= 2; k--) {
      if (startsInsideCompound(raw, hyphenated, i + n - k)) {
        continue;
      }
      if (CONTRARY_MODIFIERS.contains(words.get(i + n - k - 1))) {
        // "non-rigid registration" is not rigid registration, "self-supervised learning" not supervised learning.
        return;
      }
      Label head = exactWords.get(words, i + n - k, i + n);
      // A concept of Papergraph's vocabulary names its head too where it says it is narrower than
      // it ("underwater image enhancement" under image enhancement); other heads of its labels are
      // not its subject ("vision-language models" is no language model).
      boolean headOfIt =
          matched.source() == Source.CSO || matched.source() == Source.TASK || head != null && !head.stop() && curatedBroader.getOrDefault(matched.slug(), List.of()).contains(head.slug());
      // A task's name ends in the task it narrows, whichever scheme names that ("text-based image
      // editing" is image editing, a concept of Papergraph's vocabulary).
      boolean namedHead = head != null && (head.source() == Source.CSO || matched.source() == Source.TASK && head.source() != Source.PWC && !head.stop());
      if (namedHead && headOfIt) {
        hit(head, 1.0, mention(raw.subList(i + n - k, i + n), where), hits).written = true;
        return;
      }
    }
  }

  private Label acronymAt(String word) {
    // Papergraph's vocabulary first: it says what an acronym means in today's papers ("SFT").
    Label l = asWritten(acronyms, word);
    if (l != null) {
      return l;
    }
    // Then CSO's, as for longer labels that both schemes have ("RAG"). Capitals and a lower-case
    // "s" are the plural of the capitals ("IDs" are identifiers), not an acronym ending in S (IDS).
    String singular = PLURAL_OF_CAPITALS.matcher(word).matches() ? word.substring(0, word.length() - 1) : word;
    l = hasTwoCapitals(singular) ? csoAcronyms.get(WordKeys.key(singular)) : null;
    l = l != null ? l : asWritten(pwcAcronyms, word);
    return l != null ? l : nameInside(word);
  }

  /**
   * A name of Papergraph's vocabulary that a longer name is built on: followed by a capital or a
   * digit ("MambaIR", "Mamba2", "PointMambaV2") or at the word's end ("PointMamba"), never by a
   * lower-case letter ("Mambalike"). A model so named is one of its kind, and the paper that names
   * it is about that kind. Each name's first place in the word is tried; there is one name today.
   */
  private Label nameInside(String word) {
    for (Map.Entry<String, Label> e : names.entrySet()) {
      String name = e.getKey();
      int at = word.indexOf(name);
      int end = at + name.length();
      if (at >= 0 && word.length() > name.length()
          && (end == word.length() || Character.isUpperCase(word.charAt(end)) || Character.isDigit(word.charAt(end)))) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Whether a label of Papergraph's vocabulary is a name: one word of three letters or more,
   * capitalised, the rest in lower case ("Mamba"); written otherwise ("hallucination") it is a
   * common word, its acronyms ("LLM") are matched as such. Shorter capitalised words are too
   * often the start of a sentence or of another name to be read inside longer words.
   */
  static boolean isName(String label) {
    return label.length() >= 3 && Character.isUpperCase(label.charAt(0)) && label.chars().skip(1).allMatch(Character::isLowerCase);
  }

  private static boolean hasTwoCapitals(String word) {
    int capitals = 0;
    for (int k = 0; k < word.length() && capitals < 2; k++) {
      if (Character.isUpperCase(word.charAt(k))) {
        capitals++;
      }
    }
    return capitals >= 2;
  }

  /** An acronym as written, or its plural ("LLMs"). */
  private static Label asWritten(Map<String, Label> acronyms, String word) {
    Label l = acronyms.get(word);
    if (l == null && word.endsWith("s") && word.length() > 2) {
      l = acronyms.get(word.substring(0, word.length() - 1));
    }
    return l;
  }

  private static Hit hit(Label l, double similarity, Mention mention, Map<String, Hit> hits) {
    Hit h = hits.computeIfAbsent(l.slug(), s -> new Hit(s, l.source()));
    h.count++;
    h.words = Math.max(h.words, l.words());
    h.similarity = Math.max(h.similarity, similarity);
    Place place = mention.where().place();
    if (place.ordinal() < h.place.ordinal()) {
      h.place = place;
    }
    h.mentions.add(mention);
    return h;
  }

  /**
   * A mention of a label: the matched words and where they were scanned. Located in the text
   * only when kept as evidence: looking the words up again is the costliest step of tagging, and
   * most mentions are repetitions an assignment does not keep.
   */
  private record Mention(List<String> words, Where where) {}

  private static Mention mention(List<String> words, Where where) {
    return new Mention(List.copyOf(words), where);
  }

  /**
   * The evidence of a mention: the matched words as the paper writes them, found in the part's
   * text from the start of their sentence on (the words are split and accent-folded, so they
   * are looked up again); without a span where the folded words are not found as written.
   */
  private static TopicEvidence locate(Mention mention) {
    List<String> words = mention.words();
    Where where = mention.where();
    StringBuilder rx = new StringBuilder();
    for (String w : words) {
      rx.append(rx.length() == 0 ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(w));
    }
    // Whole words only: "SG generation" is not found inside "MSG generation".
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + rx + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(where.source());
    TopicEvidence.Sentence sentence = where.place().sentence();
    if (m.find(where.offset())) {
      // As written: a blanked definition inside the match ("reinforcement learning (RL) approaches") is the paper's text.
      return new TopicEvidence(where.written().substring(m.start(), m.end()), where.part(), m.start(), m.end(), sentence);
    }
    return new TopicEvidence(String.join(" ", words), where.part(), -1, -1, sentence);
  }

  private static final class Hit {
    final String slug;
    final Source source;
    int count;
    int words;
    double similarity;
    Place place = Place.BODY;
    /** Whether the text names it by a label's words anywhere, not only in other words ({@link #taskInOtherWords}). */
    boolean written;
    // In the order scanned, which is text order: title first, then sentence by sentence.
    final List<Mention> mentions = new ArrayList<>();

    Hit(String slug, Source source) {
      this.slug = slug;
      this.source = source;
    }

    /** The first {@link #MAX_EVIDENCE} different places the label is mentioned at. */
    List<TopicEvidence> evidence() {
      Set<TopicEvidence> out = new LinkedHashSet<>();
      for (Mention m : mentions) {
        if (out.size() == MAX_EVIDENCE) {
          break;
        }
        out.add(locate(m));
      }
      return new ArrayList<>(out);
    }

    /** How specific the label is: by its words, a method's name a little less. */
    double specificity(boolean leastSpecific) {
      double specific = leastSpecific || words <= 1 ? 0.35 : words == 2 ? TWO_WORDS : 0.65;
      if (source == Source.PWC) {
        specific -= 0.05;
      }
      return specific;
    }

    /** Salience: the specificity of the label, where the text names it, how often; see the class comment. */
    double score(double specific) {
      return (specific + place.bonus + 0.1 * Math.min(3, count - 1)) * similarity;
    }
  }

  /**
   * One minus the edit distance over the longer length when that reaches {@link #SIMILARITY}, else
   * 0: only similar enough strings are told apart, so the distance is not computed further once it
   * is too large.
   */
  static double similarity(String a, String b) {
    if (!lengthsAllowSimilarity(a.length(), b.length())) {
      return 0;
    }
    int max = Math.max(a.length(), b.length());
    int allowed = 0;
    while (1.0 - (double) (allowed + 1) / max >= SIMILARITY) {
      allowed++;
    }
    int distance = editDistance(a, b, allowed);
    return distance > allowed ? 0 : 1.0 - (double) distance / max;
  }

  /** False when strings of these lengths cannot reach {@link #SIMILARITY}, whatever their characters. */
  private static boolean lengthsAllowSimilarity(int a, int b) {
    int max = Math.max(a, b);
    return max > 0 && Math.abs(a - b) <= (1 - SIMILARITY) * max;
  }

  /**
   * The edit distance of {@code a} and {@code b}, or a number above {@code allowed} once it is
   * sure to be above it. A common start and end do not change the distance, and the candidates
   * share their first word, so only what lies between is compared.
   */
  static int editDistance(String a, String b, int allowed) {
    int start = 0;
    int shorter = Math.min(a.length(), b.length());
    while (start < shorter && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    int endA = a.length();
    int endB = b.length();
    while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
      endA--;
      endB--;
    }
    int m = endA - start;
    int n = endB - start;
    if (m == 0 || n == 0) {
      return Math.max(m, n);
    }
    int[] prev = new int[n + 1];
    int[] cur = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(start + i - 1);
      for (int j = 1; j <= n; j++) {
        int cost = ca == b.charAt(start + j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > allowed) {
        // No row of the table gets smaller than the one before: the distance is above allowed.
        return rowMin;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[n];
  }
}
