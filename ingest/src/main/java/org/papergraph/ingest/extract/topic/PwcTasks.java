package org.papergraph.ingest.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Papers with Code task list (the snapshot of July 2025, when the site closed) into a
 * {@link TopicScheme}: the tasks papers are filed under ("person search", "gaze estimation",
 * "intrinsic image decomposition", "dialogue act classification"), which CSO and the methods list
 * name only in part. It is the vocabulary a reader files a machine-learning paper by.
 *
 * <p>The file is tab-separated: {@code task, parent, datasets}, one row per task, {@code #}
 * comments and one header row. Not every row names a subject; a row becomes a concept only when
 *
 * <ul>
 *   <li>its name has two words or more: the one-word names are mostly benchmarks, subjects of an
 *       exam suite or words of every abstract ("HellaSwag", "Anatomy", "Prediction", "Video");
 *   <li>a parenthesis at its end is an acronym ("Automatic Speech Recognition (ASR)"), which is
 *       kept as an alternative label where it spells the name's initials and no other task gives
 *       it; any other parenthesis names a benchmark's setting ("Action Classification (1-shot)"),
 *       and so does a name with digits (other than 2D, 3D, 4D, 6D), with one of {@code _ / + : , .
 *       & * % [ ] ( )} or with {@code --} in it ("Overlapped 15-1", "Age/Unbiased"), and so does a language
 *       pair or a variant after a spaced dash ("Translation bul-deu", "Speech Synthesis - Hindi");
 *   <li>it is not a label of CSO, of the methods list or of Papergraph's vocabulary, nor such a
 *       label with a prefix written apart ("Multi-Task Learning", CSO's "multitask learning"):
 *       their concept stands for it ("Object Detection" is CSO's), and the task's narrower tasks
 *       are linked to that concept;
 *   <li>it is not listed in {@value #EXCLUDED}: names that read as ordinary phrases in an abstract
 *       more often than as the task ("decision making"), one comment per entry (a test checks that
 *       each names a task of the shipped file);
 *   <li>it is not a second spelling of a task's name with a stray character (the file has "Math
 *       Word Problem Solving" twice, once ending in an omega).
 * </ul>
 *
 * <p>A task is narrower than its parent task (as a concept of this scheme, or the CSO topic or
 * concept of Papergraph's vocabulary that stands for it) where the two names share a word (the file's parent column is wrong for a few
 * whole families of tasks, which share none), and than the CSO topic its head names, its longest ending of two words or more
 * that is a CSO label ("skeleton based action recognition" under action recognition), so that
 * a query can roll tasks up into CSO. Names that fold to the same words ("Class Incremental
 * Learning", "class-incremental learning") are one concept, the first row's name preferred.
 *
 * <p>The file gives no page addresses: a concept's {@code skos:exactMatch} is the task page's
 * address as the site formed it from the name ({@code https://paperswithcode.com/task/person-search}),
 * which the site's own redirects now serve.
 */
public final class PwcTasks {
  public static final String NAME = "pwc-tasks";
  static final String PREFIX = "pwc-task-";
  private static final String TASK_NS = "https://paperswithcode.com/task/";
  static final String EXCLUDED = "pwc-tasks-excluded.txt";
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");
  private static final Pattern DIMENSION = Pattern.compile("\\b[2346]D\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SETTING_CHARS = Pattern.compile("[0-9_/+:,()\\[\\]&*%.]");
  // A language pair ("Translation bul-deu") or a variant after a spaced dash ("Speech Synthesis - Hindi").
  private static final Pattern VARIANT = Pattern.compile("\\b[a-z]{3}-[a-z]{3}\\b| - ");

  private PwcTasks() {}

  /**
   * Reads the task file; {@code cso}, {@code methods} and {@code curated} are the schemes whose
   * labels it must not repeat and whose concepts its tasks may be narrower than.
   */
  public static TopicScheme load(InputStream in, String sourceName, TopicScheme cso, TopicScheme methods, TopicScheme curated) throws IOException {
    Set<String> excluded = Set.copyOf(TopicTagger.dataLines(EXCLUDED));
    Map<String, String> taken = new HashMap<>();
    for (TopicScheme scheme : List.of(curated, cso, methods)) {
      labelIndex(scheme, taken);
    }
    Map<String, String> csoLabels = new HashMap<>();
    labelIndex(cso, csoLabels);
    // A parent another scheme names is linked to that scheme's concept only when it is a topic of
    // CSO or of Papergraph's vocabulary: a method ("Colorization") is no broader topic of a task.
    Map<String, String> parentTopics = new HashMap<>();
    labelIndex(curated, parentTopics);
    labelIndex(cso, parentTopics);
    record Row(String name, String parent, int line) {}
    List<Row> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    boolean header = false;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      // A line ending of a file checked out with CRLF; an empty last column stays a column.
      String[] cols = (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).split("\t", -1);
      if (cols.length != 3) {
        throw new IllegalArgumentException(sourceName + " line " + n + ": expected 3 tab-separated columns (task, parent, datasets), found " + cols.length);
      }
      if (!header) {
        if (!cols[0].equals("task") || !cols[1].equals("parent") || !cols[2].equals("datasets")) {
          throw new IllegalArgumentException(sourceName + " line " + n + ": expected the header 'task, parent, datasets'");
        }
        header = true;
        continue;
      }
      if (cols[0].isBlank()) {
        throw new IllegalArgumentException(sourceName + " line " + n + ": the task name is empty");
      }
      if (!cols[2].isEmpty() && !cols[2].chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException(sourceName + " line " + n + ": the number of datasets is not a number: " + cols[2]);
      }
      rows.add(new Row(cols[0].strip(), cols[1].strip(), n));
    }
    if (!header) {
      throw new IllegalArgumentException(sourceName + ": no header row 'task, parent, datasets'");
    }
    // Each row's name and slug, once; the slugs of plain names, to tell a name written with a stray
    // character from the plain one.
    record Named(Row row, Name name, String slug) {}
    List<Named> named = new ArrayList<>();
    Set<String> plainSlugs = new java.util.HashSet<>();
    for (Row row : rows) {
      Name name = name(row.name());
      if (name != null) {
        String slug = slug(name.label(), sourceName, row.line());
        named.add(new Named(row, name, slug));
        if (isPlain(name.label())) {
          plainSlugs.add(slug);
        }
      }
    }
    // First pass: the rows that become concepts, by the key of their name.
    Map<String, TopicConcept> byKey = new LinkedHashMap<>();
    Map<String, List<String>> altLabels = new HashMap<>();
    Map<String, String> parentName = new HashMap<>();
    Map<String, String> keyBySlug = new HashMap<>();
    for (Named entry : named) {
      Row row = entry.row();
      Name name = entry.name();
      if (excluded.contains(name.label().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      String plain = entry.slug();
      if (!isPlain(name.label()) && plainSlugs.contains(plain)) {
        continue; // a second "Math Word Problem Solving" ends in an omega: the plain row names the task
      }
      String slug = PREFIX + plain;
      String key = WordKeys.key(name.label());
      if (taken.containsKey(key) || taken.containsKey(closedPrefixes(key))) {
        continue;
      }
      key = keyBySlug.getOrDefault(slug, key);
      TopicConcept before = byKey.get(key);
      if (before != null) {
        // Another spelling of the same words is kept as a label.
        if (!before.prefLabel().equals(name.label()) && !altLabels.get(key).contains(name.label()) && WordKeys.key(name.label()).equals(key)) {
          altLabels.get(key).add(name.label());
        }
        if (name.acronym() != null && !altLabels.get(key).contains(name.acronym())) {
          altLabels.get(key).add(name.acronym());
        }
        continue;
      }
      keyBySlug.put(slug, key);
      List<String> alt = new ArrayList<>();
      if (name.acronym() != null) {
        alt.add(name.acronym());
      }
      altLabels.put(key, alt);
      parentName.put(key, row.parent());
      byKey.put(key, new TopicConcept(slug, TASK_NS + plain, name.label(), List.of(), List.of(), List.of(), List.of()));
    }
    // An acronym two tasks give ("AVQA") names neither.
    Map<String, Integer> acronymUses = new HashMap<>();
    altLabels.values().forEach(alts -> alts.stream().filter(PapergraphTopics::isAcronym).distinct().forEach(a -> acronymUses.merge(a, 1, Integer::sum)));
    altLabels.values().forEach(alts -> alts.removeIf(a -> PapergraphTopics.isAcronym(a) && acronymUses.get(a) > 1));
    // Second pass: broader links, to the parent task (or the concept standing for it) and to the CSO topic of the head.
    // (Names of one slug were merged above, and TopicScheme refuses two concepts of one slug.)
    List<TopicConcept> concepts = new ArrayList<>();
    for (Map.Entry<String, TopicConcept> e : byKey.entrySet()) {
      TopicConcept c = e.getValue();
      List<String> broader = new ArrayList<>();
      String parent = parentName.get(e.getKey());
      if (!parent.isEmpty()) {
        Name p = name(parent);
        String parentKey = WordKeys.key(p == null ? parent : p.label());
        String slug = byKey.containsKey(parentKey) ? byKey.get(parentKey).slug() : parentTopics.get(parentKey);
        if (slug != null && !slug.equals(c.slug()) && sharesWord(e.getKey(), parentKey)) {
          broader.add(slug);
        }
      }
      String head = head(c.prefLabel(), csoLabels);
      if (head != null && !broader.contains(head)) {
        broader.add(head);
      }
      concepts.add(new TopicConcept(c.slug(), c.sourceIri(), c.prefLabel(), altLabels.get(e.getKey()), broader, List.of(), List.of()));
    }
    return new TopicScheme(
        NAME,
        "Papers with Code tasks (July 2025)",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "https://github.com/World-Snapshot/papers-with-code",
        "Tasks from Papers with Code (the task hierarchy as the site left it in July 2025, preserved by World-Snapshot/papers-with-code), "
            + "licensed under CC BY-SA 4.0; this scheme, derived from it, carries the same licence.",
        concepts);
  }

  /** A task's name as a label, and the acronym of a parenthesis at its end. */
  record Name(String label, String acronym) {}

  /**
   * The key with a hyphenated prefix written closed ("multi task learn" as "multitask learn"): CSO
   * writes "multitask learning", which the tagger also matches on "multi-task learning", so a
   * task named so is CSO's topic.
   */
  static String closedPrefixes(String key) {
    String[] words = key.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      sb.append(words[i]);
      if (i + 1 < words.length) {
        sb.append(TopicTagger.SPLIT_PREFIXES.contains(words[i]) ? "" : " ");
      }
    }
    return sb.toString();
  }

  /** The name as a label, or null when the row names no subject (see the class comment). */
  static Name name(String raw) {
    String label = raw.strip().replaceAll("\\s+", " ");
    String acronym = null;
    Matcher m = TRAILING_PARENTHESIS.matcher(label);
    if (m.matches()) {
      if (!PapergraphTopics.isAcronym(m.group(2))) {
        return null;
      }
      label = m.group(1);
      // Kept as the task's label only where it spells the name's initials: "Zero-shot Named Entity
      // Recognition (NER)" gives its parent's acronym, "... (CN)" a benchmark's.
      acronym = spellsInitials(m.group(2), label) ? m.group(2) : null;
    }
    if (SETTING_CHARS.matcher(DIMENSION.matcher(label).replaceAll("")).find() || label.contains("--") || VARIANT.matcher(label).find()) {
      return null;
    }
    if (WordKeys.rawWords(label).size() < 2) {
      return null;
    }
    return new Name(label, acronym);
  }

  /**
   * Whether two keys share a word: the file's parent column is right where the child narrows its
   * parent ("Blind Image Deblurring" under "Image Deblurring") and wrong for some whole families
   * ("Text Style Transfer" under "2D Semantic Segmentation"), which share no word with their parent.
   */
  private static boolean sharesWord(String key, String parentKey) {
    Set<String> words = new java.util.HashSet<>(List.of(key.split(" ")));
    for (String w : parentKey.split(" ")) {
      if (w.length() > 2 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the acronym's letters are the initials of the label's words ("ASR", "ABSA" of "Aspect-Based Sentiment Analysis"), with no digit. */
  static boolean spellsInitials(String acronym, String label) {
    if (!acronym.chars().allMatch(Character::isLetter)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    WordKeys.rawWords(label).forEach(w -> initials.append(Character.toLowerCase(w.charAt(0))));
    return initials.toString().equals(acronym.toLowerCase(java.util.Locale.ROOT));
  }

  /** Characters of plain ASCII only. */
  private static boolean isPlain(String label) {
    return label.chars().allMatch(ch -> ch < 128);
  }

  /** The slug of a name, accents folded ("Türkçe" as "turkce"); an error names the file and line. */
  private static String slug(String label, String sourceName, int line) {
    try {
      return Slugs.of(WordKeys.foldAccents(label));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(sourceName + " line " + line + ": " + e.getMessage(), e);
    }
  }

  /** The CSO topic named by the longest ending of two words or more of a label that is shorter than it, or null. */
  private static String head(String label, Map<String, String> csoLabels) {
    List<String> words = WordKeys.words(label);
    for (int k = words.size() - 1; k >= 2; k--) {
      String slug = csoLabels.get(String.join(" ", words.subList(words.size() - k, words.size())));
      if (slug != null) {
        return slug;
      }
    }
    return null;
  }

  /** Adds the key of every label of a scheme's concepts, with its concept's slug, where no earlier scheme took it. */
  private static void labelIndex(TopicScheme scheme, Map<String, String> index) {
    for (TopicConcept c : scheme.concepts()) {
      index.putIfAbsent(WordKeys.key(c.prefLabel()), c.slug());
      for (String alt : c.altLabels()) {
        index.putIfAbsent(WordKeys.key(alt), c.slug());
      }
    }
  }
}
