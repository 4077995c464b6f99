package org.papergraph.ingest.extract.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags a paper with topics from its title and abstract, after the CSO Classifier's syntactic
 * module and enhancement step, with the Papers with Code methods as a second source.
 *
 * <ol>
 *   <li>Each clause of the text (URLs removed) is cut into word n-grams, longest first (up to
 *       three words for CSO, five for method names), left to right. A match is on the folded
 *       words ({@link WordKeys}) of any label, a synonym's included, and lands on the preferred
 *       topic. The longest match at each word counts unless it lies inside a match that began
 *       before it, so "graph neural networks" is not also "graph" and "networks", while
 *       overlapping labels both count ("underwater image enhancement" is "underwater image" and
 *       "image enhancement"). The head of a matched phrase of three words or more (its longest
 *       ending of two words or more that is a CSO label) is matched as well: "TCP congestion
 *       control" is also "congestion control", but "non-rigid registration" is not rigid
 *       registration ({@link #CONTRARY_MODIFIERS}). An n-gram of two or three words with
 *       no exact match may still match a CSO label of as many words and the same first word
 *       whose string similarity is at least {@value #SIMILARITY}.
 *   <li>A match scores by the length of its label (one word 0.35, two 0.7, three or more 0.8),
 *       plus 0.1 when the title has it and 0.05 for each further mention (at most three), times
 *       the similarity. Method names score 0.1 less than CSO labels; a one-word method name
 *       (only acronym-like names, matched with their case: "ViT", "BERT") scores 0.4.
 *   <li>Enhancement: each direct broader CSO topic of a matched topic (for a method: the CSO
 *       topic its collection is tied to) gets {@value #ENHANCEMENT} times the best score of the
 *       topics below it, unless it was matched itself; at most {@value #MAX_ENHANCED} per paper.
 * </ol>
 *
 * <p>Precision rules. CSO's top-level areas (topics with no broader topic: "computer science",
 * "mathematics", "linguistics", ...) are never assigned. A one-word topic with {@value
 * #GENERIC_NARROWER} or more narrower topics ("internet", "software", "robotics") is too broad
 * to stand on a word in the abstract: it is kept only when the title names it, and is not an
 * enhancement target. Other one-word topics need three mentions, or the title: one word is
 * ambiguous ("chord", "ranging"). A one-word CSO label that spells the initials of another label
 * of its topic ("saw", "iot") is matched only when written as an acronym ("SAW", "IoT"). Papers
 * with Code names of generic practices and building blocks ({@link #GENERIC_PWC}) are not matched, and a few CSO broader links that mislead on
 * today's papers ({@link #MISLEADING_BROADER}) are not followed. An acronym the paper defines itself ("cross-modality alignment
 * (CMA)") is not matched as a one-word label. Assignments below {@value #MIN_SCORE} are dropped,
 * and a paper gets at most {@value #MAX_TOPICS} topics, best first.
 *
 * <p>Pure and thread-safe: the lookups are built once and only read.
 */
public final class TopicTagger {
  public static final int MAX_TOPICS = 8;
  static final double MIN_SCORE = 0.45;
  static final double SIMILARITY = 0.94;
  static final double ENHANCEMENT = 0.8;
  static final int GENERIC_NARROWER = 8;
  static final int MAX_ENHANCED = 3;
  private static final int MAX_CSO_WORDS = 3;
  private static final int MAX_WORDS = 5;
  // Method names ending like this name a kind of building block, not a topic ("Loss Functions").
  private static final Set<String> BLOCK_TAILS = Set.of("model", "method", "modul", "block", "function", "operation", "component", "layer");

  /**
   * Papers with Code collection names that name a practice or a kind of building block nearly
   * every deep-learning paper mentions, not what a paper is about ("Fine-Tuning" came out for 8%
   * of 5,000 arXiv papers of 2025).
   */
  static final Set<String> GENERIC_PWC = Set.of("Fine-Tuning", "Feature Extractors", "Attention Patterns", "3D Representations", "Skip Connections", "Robust Training");

  /**
   * Broader links of CSO that mislead on today's papers: CSO files "language model" under
   * "speech recognition", where n-gram language models began, so every paper on large language
   * models got "speech recognition" by enhancement (6.5% of 5,000 arXiv papers of 2025).
   */
  static final Map<String, Set<String>> MISLEADING_BROADER = Map.of("language-model", Set.of("speech-recognition"));

  /**
   * Modifiers that make a phrase the opposite or another kind of its head ("non-rigid
   * registration", "self-supervised learning", "semi-supervised"), so the head is not matched
   * after them. Folded as {@link WordKeys} folds words.
   */
  static final Set<String> CONTRARY_MODIFIERS = Set.of("non", "not", "un", "self", "semi", "weakly", "pseudo", "quasi", "anti");

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*?)s?\\)");

  private record Label(String slug, boolean cso, int words) {}

  private final TopicReference reference;
  private final Map<String, Label> exact = new HashMap<>();
  // Per first word, the most words a label of `exact` starting with it has: most words of a
  // text start no label, and those are passed over without building any phrase.
  private final Map<String, Integer> longestByFirstWord = new HashMap<>();
  private final Map<String, List<Map.Entry<String, Label>>> fuzzyByFirstWord = new HashMap<>();
  private final Map<String, Label> acronyms = new HashMap<>();
  // CSO's acronym labels by their folded key; matched on words with two capitals or more.
  private final Map<String, Label> csoAcronyms = new HashMap<>();
  private final Set<String> generic = new HashSet<>();
  private final Set<String> roots = new HashSet<>();

  public TopicTagger(TopicReference reference) {
    this.reference = reference;
    TopicScheme cso = reference.cso();
    Map<String, Integer> narrower = new HashMap<>();
    for (TopicConcept c : cso.concepts()) {
      c.broader().forEach(b -> narrower.merge(b, 1, Integer::sum));
    }
    for (TopicConcept c : cso.concepts()) {
      int n = narrower.getOrDefault(c.slug(), 0);
      if (c.broader().isEmpty()) {
        roots.add(c.slug());
      }
      if (!c.prefLabel().contains(" ") && n >= GENERIC_NARROWER) {
        generic.add(c.slug());
      }
      index(c.prefLabel(), c.slug(), initials(c));
    }
    for (TopicConcept c : cso.concepts()) {
      Set<String> initials = initials(c);
      c.altLabels().forEach(l -> index(l, c.slug(), initials));
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
        if (exact.containsKey(key) && exact.get(key).cso() || BLOCK_TAILS.contains(tail)) {
          continue;
        }
        if (words >= 2 && words <= MAX_WORDS) {
          exact.putIfAbsent(key, new Label(c.slug(), false, words));
        } else if (words == 1 && isAcronym(l)) {
          acronyms.putIfAbsent(l, new Label(c.slug(), false, 1));
        }
      }
    }
    for (String key : exact.keySet()) {
      int space = key.indexOf(' ');
      longestByFirstWord.merge(space < 0 ? key : key.substring(0, space), key.split(" ").length, Math::max);
    }
  }

  /**
   * Indexes a CSO label. A one-word label that spells the initials of another label of its topic
   * is an acronym written in lower case ("saw" of surface acoustic waves, "iot", "gui"): it is
   * matched only on a word written as an acronym ("SAW", "SAWs", "IoT"), not on the verb "saw".
   */
  private void index(String label, String slug, Set<String> initials) {
    String key = WordKeys.key(label);
    // One- and two-letter keys ("c" of "c++", "r") match too much to be told apart.
    if (key.length() < 3) {
      return;
    }
    String[] words = key.split(" ");
    if (words.length == 1 && initials.contains(key)) {
      csoAcronyms.putIfAbsent(key, new Label(slug, true, 1));
      return;
    }
    Label l = new Label(slug, true, words.length);
    exact.putIfAbsent(key, l);
    if (words.length >= 2 && words.length <= MAX_CSO_WORDS) {
      fuzzyByFirstWord.computeIfAbsent(words.length + " " + words[0], k -> new ArrayList<>()).add(Map.entry(key, l));
    }
  }

  /** The initials of a topic's labels of two words or more, lower case: "saw" of "surface acoustic waves". */
  private static Set<String> initials(TopicConcept c) {
    Set<String> out = new HashSet<>();
    List<String> labels = new ArrayList<>(c.altLabels());
    labels.add(c.prefLabel());
    for (String label : labels) {
      List<String> words = WordKeys.rawWords(label);
      if (words.size() >= 2) {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(Character.toLowerCase(w.charAt(0))));
        out.add(sb.toString());
      }
    }
    return out;
  }

  /** Names such as "ViT", "BERT", "GPT-3": two capitals or more, at least three characters. */
  private static boolean isAcronym(String name) {
    long upper = name.chars().filter(Character::isUpperCase).count();
    return name.length() >= 3 && upper >= 2 && name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-');
  }

  /** The topics of a paper, best first; {@code title} may be null. */
  public List<TopicAssignment> tag(String title, String abstractText) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    String text = abstractText == null ? "" : abstractText;
    Set<String> defined = definedAcronyms((title == null ? "" : title) + " " + text);
    if (title != null) {
      scan(title, true, defined, hits);
    }
    scan(text, false, defined, hits);
    Map<String, TopicAssignment> out = new LinkedHashMap<>();
    for (Hit h : hits.values()) {
      if (roots.contains(h.slug) || generic.contains(h.slug) && !h.inTitle) {
        continue;
      }
      double score = rounded(h.score());
      if (score >= MIN_SCORE) {
        out.put(h.slug, assignment(h.slug, h.cso, score, h.cso ? TopicMethod.CSO_SYNTACTIC : TopicMethod.PWC_METHOD));
      }
    }
    Map<String, Double> enhanced = new HashMap<>();
    for (TopicAssignment a : out.values()) {
      for (String b : csoBroader(a)) {
        if (!roots.contains(b) && !generic.contains(b) && !out.containsKey(b)) {
          enhanced.merge(b, rounded(ENHANCEMENT * a.score()), Math::max);
        }
      }
    }
    List<TopicAssignment> all = new ArrayList<>(out.values());
    enhanced.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_SCORE)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_ENHANCED)
        .forEach(e -> all.add(assignment(e.getKey(), true, e.getValue(), TopicMethod.CSO_BROADER)));
    all.sort(bestFirst(hits));
    return List.copyOf(all.subList(0, Math.min(MAX_TOPICS, all.size())));
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

  /** The CSO topics directly above an assigned topic; for a method, those above its collections. */
  private List<String> csoBroader(TopicAssignment a) {
    if (a.scheme().equals(CsoOntology.NAME)) {
      Set<String> misleading = MISLEADING_BROADER.getOrDefault(a.slug(), Set.of());
      return a.concept().broader().stream().filter(b -> !misleading.contains(b)).toList();
    }
    List<String> out = new ArrayList<>();
    for (String b : a.concept().broader()) {
      TopicConcept c = reference.cso().concept(b);
      if (c != null) {
        out.add(b);
      } else if (reference.pwc().concept(b) != null) {
        out.addAll(reference.pwc().concept(b).broader());
      }
    }
    return out;
  }

  private TopicAssignment assignment(String slug, boolean cso, double score, TopicMethod method) {
    TopicScheme scheme = cso ? reference.cso() : reference.pwc();
    return new TopicAssignment(scheme.concept(slug), scheme.name(), rounded(Math.min(1.0, score)), method);
  }

  /**
   * A score to three decimals, as assignments carry it. Thresholds compare rounded scores: sums
   * of the steps are not exact in doubles (0.35 + 2 x 0.05 is 0.44999...), and a one-word topic
   * mentioned three times must reach 0.45 as documented.
   */
  private static double rounded(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  /**
   * Acronyms the paper defines itself ("cross-modality alignment (CMA)"): the paper's own long
   * form says what they mean, so they are not matched as one-word labels ("cma" is also CSO's
   * "constant modulus algorithm").
   */
  private static Set<String> definedAcronyms(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private void scan(String text, boolean inTitle, Set<String> defined, Map<String, Hit> hits) {
    for (String segment : WordKeys.segments(URL.matcher(text).replaceAll(" "))) {
      List<String> raw = WordKeys.rawWords(segment);
      List<String> words = new ArrayList<>(raw.size());
      raw.forEach(w -> words.add(WordKeys.stem(w.toLowerCase(Locale.ROOT))));
      // The longest match at each word is kept unless it lies inside a match that started before
      // it: "graph neural networks" is not also "neural networks", but "underwater image
      // enhancement" is both "underwater image" and "image enhancement".
      int coveredUntil = 0;
      for (int i = 0; i < words.size(); i++) {
        if (defined.contains(raw.get(i)) || defined.contains(strip(raw.get(i)))) {
          continue;
        }
        Match m = matchAt(raw, words, i);
        if (m == null || i + m.words() <= coveredUntil) {
          continue;
        }
        hit(m.label(), m.similarity(), inTitle, hits);
        if (m.exact()) {
          headPhrase(words, i, m.words(), inTitle, hits);
        }
        coveredUntil = i + m.words();
      }
    }
  }

  private record Match(Label label, int words, double similarity, boolean exact) {}

  /** The longest match that starts at word {@code i}, or null. */
  private Match matchAt(List<String> raw, List<String> words, int i) {
    Integer labelled = longestByFirstWord.get(words.get(i));
    int longest = labelled == null ? 0 : Math.min(labelled, Math.min(MAX_WORDS, words.size() - i));
    for (int n = longest; n >= 1; n--) {
      Label l = exact.get(String.join(" ", words.subList(i, i + n)));
      if (l != null && (!l.cso || n <= MAX_CSO_WORDS)) {
        return new Match(l, n, 1.0, true);
      }
    }
    Label acronym = acronymAt(raw.get(i));
    if (acronym != null) {
      return new Match(acronym, 1, 1.0, false);
    }
    for (int n = Math.min(MAX_CSO_WORDS, words.size() - i); n >= 2; n--) {
      List<Map.Entry<String, Label>> bucket = fuzzyByFirstWord.get(n + " " + words.get(i));
      if (bucket == null) {
        continue;
      }
      String key = String.join(" ", words.subList(i, i + n));
      for (Map.Entry<String, Label> e : bucket) {
        double sim = similarity(key, e.getKey());
        if (sim >= SIMILARITY) {
          return new Match(e.getValue(), n, sim, false);
        }
      }
    }
    return null;
  }

  private static String strip(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The head of an English compound is its end, and names a broader idea: "TCP congestion
   * control" is also "congestion control". So the longest ending of two words or more of a
   * matched phrase is matched too.
   */
  private void headPhrase(List<String> words, int i, int n, boolean inTitle, Map<String, Hit> hits) {
    for (int k = n - 1; k >= 2; k--) {
      if (CONTRARY_MODIFIERS.contains(words.get(i + n - k - 1))) {
        // "non-rigid registration" is not rigid registration, "self-supervised learning" not supervised learning.
        return;
      }
      Label head = exact.get(String.join(" ", words.subList(i + n - k, i + n)));
      if (head != null && head.cso()) {
        hit(head, 1.0, inTitle, hits);
        return;
      }
    }
  }

  private Label acronymAt(String word) {
    // CSO's label first, as for longer labels that both schemes have ("RAG").
    Label l = word.chars().filter(Character::isUpperCase).count() >= 2 ? csoAcronyms.get(WordKeys.key(word)) : null;
    if (l == null) {
      l = acronyms.get(word);
    }
    if (l == null && word.endsWith("s") && word.length() > 3) {
      l = acronyms.get(word.substring(0, word.length() - 1));
    }
    return l;
  }

  private static void hit(Label l, double similarity, boolean inTitle, Map<String, Hit> hits) {
    Hit h = hits.computeIfAbsent(l.slug(), s -> new Hit(s, l.cso()));
    h.count++;
    h.words = Math.max(h.words, l.words());
    h.similarity = Math.max(h.similarity, similarity);
    h.inTitle |= inTitle;
  }

  private static final class Hit {
    final String slug;
    final boolean cso;
    int count;
    int words;
    double similarity;
    boolean inTitle;

    Hit(String slug, boolean cso) {
      this.slug = slug;
      this.cso = cso;
    }

    double score() {
      double base = words >= 3 ? 0.8 : words == 2 ? 0.7 : 0.35;
      if (!cso) {
        base = words == 1 ? 0.4 : base - 0.1;
      }
      return (base + (inTitle ? 0.1 : 0) + 0.05 * Math.min(3, count - 1)) * similarity;
    }
  }

  /** One minus the edit distance over the longer length. */
  static double similarity(String a, String b) {
    int max = Math.max(a.length(), b.length());
    if (max == 0 || Math.abs(a.length() - b.length()) > (1 - SIMILARITY) * max) {
      return 0;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1.0 - (double) prev[b.length()] / max;
  }
}
