package org.papergraph.ingest.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Grows Papergraph's vocabulary from a corpus of abstracts by one rule, so that its terms are the
 * ones today's papers name, not the ones a judged paper happened to need: a term is a long form
 * that abstracts define with an acronym ("test-time adaptation (TTA)"), in at least {@value
 * #MIN_ABSTRACTS} different abstracts, of two words or more, that no scheme names yet (nor names
 * with a kind noun after it, "intelligent transportation systems") and that is not a measure
 * ("word error rate", "intersection over union") nor a kind of a topic of {@code generic-topics.txt}
 * ("deep neural networks"). Writers define an acronym for what
 * they will name again, and a term many writers define independently is a method, model or task
 * of the field.
 *
 * <p>Each term gets the surface forms it was written in as labels, its acronym as an acronym label
 * only when the acronym has {@value #MIN_ACRONYM_LETTERS} letters or more and at least {@value
 * #MIN_ACRONYM_SHARE} of the corpus's definitions of that acronym are this term's (CT, FM or ASR
 * mean several things), and as broader topic the concept named by its longest ending of two words
 * or more ("video anomaly detection" under anomaly detection), where a scheme has one.
 *
 * <p>{@link #main} reads the shared arXiv file and rewrites the generated block of {@code
 * topics.ttl}.
 */
final class CorpusAcronymTerms {
  static final int MIN_ABSTRACTS = 12;
  static final int MIN_ACRONYM_LETTERS = 3;
  static final double MIN_ACRONYM_SHARE = 0.7;
  /** Last words of measures: a metric a paper reports is not what it is about. */
  static final Set<String> MEASURE_HEADS =
      Set.of("rate", "error", "score", "coefficient", "index", "measure", "union", "average", "precision", "match", "ratio", "distance", "accuracy", "recall", "second");

  static final String BEGIN = "# BEGIN terms selected from the corpus by CorpusAcronymTerms";
  static final String END = "# END terms selected from the corpus";

  private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\(([A-Z][A-Za-z]*[A-Z])s?\\)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]");
  private static final int MAX_LONG_FORM_WORDS = 8;

  /** A long form and the acronym written after it in parentheses. */
  record Definition(String longForm, String acronym) {}

  /**
   * A selected term. {@code acronym} and {@code broaderSlug} are null when the rule gives none;
   * {@code variantOf} is the slug of Papergraph's concept whose acronym this long form spells
   * another way ("visual language models (VLMs)"), and then the term is only an alt label of it.
   */
  record Term(String slug, String label, List<String> altLabels, String acronym, int abstracts, String broaderSlug, String variantOf) {}

  private CorpusAcronymTerms() {}

  /**
   * The acronym definitions of a text: each "(ACR)" with the fewest words before it whose
   * initials, or the initials of their hyphenated parts ("retrieval-augmented generation" is R, A,
   * G), spell the acronym or its capitals.
   */
  static List<Definition> definitions(String text) {
    List<Definition> out = new ArrayList<>();
    Matcher m = ACRONYM_IN_PARENTHESES.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      String letters = acronym.toLowerCase(Locale.ROOT);
      if (letters.length() < 2 || letters.length() > 6 || !letters.chars().allMatch(Character::isLetter)) {
        continue;
      }
      // "MoE" spells mixture of experts with all its letters, "LoRA" low-rank adaptation with its capitals.
      String capitals = acronym.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
      List<String> before = new ArrayList<>();
      Matcher w = WORD.matcher(text.substring(Math.max(0, m.start() - 200), m.start()));
      while (w.find()) {
        before.add(w.group());
      }
      for (int n = 1; n <= Math.min(letters.length(), MAX_LONG_FORM_WORDS) && n <= before.size(); n++) {
        List<String> words = before.subList(before.size() - n, before.size());
        Set<String> spelt = initials(words);
        if (Character.toLowerCase(words.get(0).charAt(0)) == letters.charAt(0) && (spelt.contains(letters) || spelt.contains(capitals))) {
          out.add(new Definition(String.join(" ", words), acronym));
          break;
        }
      }
    }
    return out;
  }

  private static Set<String> initials(List<String> words) {
    Set<String> out = Set.of("");
    for (String word : words) {
      List<String> options = new ArrayList<>();
      options.add(word.substring(0, 1).toLowerCase(Locale.ROOT));
      if (word.contains("-")) {
        StringBuilder parts = new StringBuilder();
        for (String part : word.split("-")) {
          if (!part.isEmpty()) {
            parts.append(Character.toLowerCase(part.charAt(0)));
          }
        }
        options.add(parts.toString());
      }
      Set<String> next = new HashSet<>();
      for (String prefix : out) {
        for (String o : options) {
          next.add(prefix + o);
        }
      }
      out = next;
    }
    return out;
  }

  /**
   * What makes two spellings one term: lower case, letters and digits only, each word's plural
   * "s" dropped ("Bird's-Eye Views" and "bird's eye view" are one).
   */
  static String key(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : phrase.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      String w = word.replaceAll("[^a-z0-9]", "");
      if (w.endsWith("ies") && w.length() > 4) {
        w = w.substring(0, w.length() - 3) + "y";
      } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && !w.endsWith("us") && w.length() > 3) {
        w = w.substring(0, w.length() - 1);
      }
      out.append(w);
    }
    return out.toString();
  }

  /** Selects the terms of {@code abstracts} by the rule, against the concepts {@code reference} already has. */
  static List<Term> select(Iterable<String> abstracts, TopicReference reference) {
    Map<String, Integer> abstractsByKey = new HashMap<>();
    Map<String, Map<String, Integer>> formsByKey = new HashMap<>();
    Map<String, Map<String, Integer>> acronymsByKey = new HashMap<>();
    Map<String, Integer> definitionsByAcronym = new HashMap<>();
    for (String text : abstracts) {
      Set<String> seen = new HashSet<>();
      for (Definition d : definitions(text)) {
        String k = key(d.longForm());
        if (!seen.add(k)) {
          continue;
        }
        abstractsByKey.merge(k, 1, Integer::sum);
        formsByKey.computeIfAbsent(k, x -> new HashMap<>()).merge(d.longForm().toLowerCase(Locale.ROOT), 1, Integer::sum);
        acronymsByKey.computeIfAbsent(k, x -> new HashMap<>()).merge(d.acronym(), 1, Integer::sum);
        definitionsByAcronym.merge(d.acronym(), 1, Integer::sum);
      }
    }
    Named named = new Named(reference);
    Map<String, TopicConcept> ownAcronyms = new HashMap<>();
    for (TopicConcept c : reference.curated().concepts()) {
      c.altLabels().stream().filter(PapergraphTopics::isAcronym).forEach(a -> ownAcronyms.put(a, c));
    }
    List<Term> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : abstractsByKey.entrySet()) {
      String k = e.getKey();
      if (e.getValue() < MIN_ABSTRACTS) {
        continue;
      }
      List<String> forms = labels(formsByKey.get(k));
      String label = forms.get(0);
      if (named.excludes(label)) {
        continue;
      }
      String acronym = byCountThenName(acronymsByKey.get(k)).get(0);
      int ofAcronym = acronymsByKey.get(k).get(acronym);
      boolean acronymIsTheTerms = acronym.length() >= MIN_ACRONYM_LETTERS && ofAcronym >= MIN_ACRONYM_SHARE * definitionsByAcronym.get(acronym);
      TopicConcept spelt = acronym.length() >= MIN_ACRONYM_LETTERS ? ownAcronyms.get(acronym) : null;
      out.add(new Term(Slugs.of(label), label, forms.subList(1, forms.size()), acronymIsTheTerms ? acronym : null, e.getValue(), named.broader(label.split(" ")), spelt == null ? null : spelt.slug()));
    }
    out.sort(Comparator.comparing(Term::abstracts).reversed().thenComparing(Term::slug));
    return dropSharedAcronyms(out);
  }

  /** An acronym two selected terms both claim (after hyphen variants) is matched for neither. */
  private static List<Term> dropSharedAcronyms(List<Term> terms) {
    Map<String, Integer> uses = new HashMap<>();
    terms.stream().filter(t -> t.acronym() != null).forEach(t -> uses.merge(t.acronym(), 1, Integer::sum));
    return terms.stream()
        .map(t -> t.acronym() != null && uses.get(t.acronym()) > 1 ? new Term(t.slug(), t.label(), t.altLabels(), null, t.abstracts(), t.broaderSlug(), t.variantOf()) : t)
        .toList();
  }

  /**
   * The spellings of a term: those at least two abstracts used, most used first (a spelling one
   * writer used, a typo or a line-break hyphen, is not a label), and the most used one always.
   */
  static List<String> labels(Map<String, Integer> formCounts) {
    List<String> byCount = byCountThenName(formCounts);
    return byCount.stream().filter(f -> formCounts.get(f) >= 2 || f.equals(byCount.get(0))).toList();
  }

  /**
   * What the schemes already name, and the exclusions every corpus rule applies to a candidate
   * term: named already (case, hyphens, apostrophes, plurals and a parenthesised acronym in a CSO
   * label folded away), a phrase of {@code non-topical-phrases.txt} ("region of interest": the
   * tagger would stop it anyway), a named topic followed by a kind noun ("intelligent transportation
   * systems": the tagger counts it for that topic), one word, a measure ("word error rate"), a
   * slug a concept has, or a kind of a topic too generic to tell papers apart ("deep neural
   * networks").
   */
  static final class Named {
    private final Map<String, TopicConcept> byKey = new HashMap<>();
    private final Set<String> slugs = new HashSet<>();
    private final Set<String> csoOrOwn = new HashSet<>();
    private final Set<String> generic = Set.copyOf(TopicTagger.dataLines("generic-topics.txt"));
    private final Set<String> nonTopical = TopicTagger.dataLines("non-topical-phrases.txt").stream().map(CorpusAcronymTerms::key).collect(Collectors.toSet());

    Named(TopicReference reference) {
      for (TopicScheme scheme : reference.schemes()) {
        for (TopicConcept c : scheme.concepts()) {
          slugs.add(c.slug());
          List<String> labels = new ArrayList<>(c.altLabels());
          labels.add(c.prefLabel());
          for (String l : labels) {
            // CSO writes some acronyms into the label: "optical coherence tomography (oct)".
            byKey.putIfAbsent(key(l.replaceAll("\\s*\\([^)]*\\)", "")), c);
          }
        }
      }
      reference.cso().concepts().forEach(c -> csoOrOwn.add(c.slug()));
      reference.curated().concepts().forEach(c -> csoOrOwn.add(c.slug()));
    }

    boolean names(String phrase) {
      return byKey.containsKey(key(phrase));
    }

    /** Whether {@code phrase} names a topic of {@code generic-topics.txt} ("deep learning", "AI"). */
    boolean isGeneric(String phrase) {
      TopicConcept c = byKey.get(key(phrase));
      return c != null && generic.contains(c.slug());
    }

    boolean excludes(String label) {
      String[] words = label.split(" ");
      if (words.length < 2 || names(label) || nonTopical.contains(key(label)) || namedWithKindNoun(label) || MEASURE_HEADS.contains(words[words.length - 1].replaceAll("s$", ""))) {
        return true;
      }
      String broader = broader(words);
      return slugs.contains(Slugs.of(label)) || broader != null && generic.contains(broader);
    }

    private boolean namedWithKindNoun(String label) {
      int space = label.lastIndexOf(' ');
      return space > 0 && TopicTagger.KIND_NOUNS.contains(label.substring(space + 1)) && names(label.substring(0, space));
    }

    /** The concept of CSO or Papergraph named by the longest ending of two words or more ("video anomaly detection" under anomaly detection). */
    String broader(String[] words) {
      for (int from = 1; from <= words.length - 2; from++) {
        TopicConcept c = byKey.get(key(String.join(" ", List.of(words).subList(from, words.length))));
        if (c != null && csoOrOwn.contains(c.slug())) {
          return c.slug();
        }
      }
      return null;
    }
  }

  private static List<String> byCountThenName(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The terms as Turtle concepts of Papergraph's scheme, broader links by IRI. */
  static String turtle(List<Term> terms, TopicReference reference) {
    return turtle(terms, reference, BEGIN, "# Long forms defined with an acronym in at least " + MIN_ABSTRACTS + " abstracts of the shared arXiv file", END);
  }

  /** The terms as a generated block between {@code begin} and {@code end}, {@code about} saying what selected them. */
  static String turtle(List<Term> terms, TopicReference reference, String begin, String about, String end) {
    Map<String, String> iriBySlug = new HashMap<>();
    for (TopicScheme scheme : List.of(reference.cso(), reference.curated())) {
      scheme.concepts().forEach(c -> iriBySlug.put(c.slug(), c.sourceIri()));
    }
    StringBuilder out = new StringBuilder();
    out.append(begin).append('\n');
    out.append(about).append(" (number above each);\n# generated, do not edit by hand.\n\n");
    for (Term t : terms) {
      out.append("# ").append(t.abstracts()).append(" abstracts\n");
      if (t.variantOf() != null) {
        List<String> spellings = new ArrayList<>(List.of(t.label()));
        spellings.addAll(t.altLabels());
        out.append("pgt:").append(t.variantOf()).append(" skos:altLabel ")
            .append(String.join(" , ", spellings.stream().map(CorpusAcronymTerms::literal).toList())).append(" .\n\n");
        continue;
      }
      out.append("pgt:").append(t.slug()).append(" a skos:Concept ; skos:prefLabel ").append(literal(t.label()));
      Set<String> alts = new TreeSet<>(t.altLabels());
      if (t.acronym() != null) {
        alts.add(t.acronym());
      }
      if (!alts.isEmpty()) {
        out.append(" ;\n    skos:altLabel ").append(String.join(" , ", alts.stream().map(CorpusAcronymTerms::literal).toList()));
      }
      if (t.broaderSlug() != null) {
        out.append(" ;\n    skos:broader <").append(iriBySlug.get(t.broaderSlug())).append('>');
      }
      out.append(" .\n\n");
    }
    out.append(end).append('\n');
    return out.toString();
  }

  private static String literal(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en";
  }

  /** Abstracts of the record-format file: each record's text before its first blank line. */
  static List<String> abstracts(Path recordsGz) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(recordsGz));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder record = new StringBuilder();
      String line;
      while ((line = r.readLine()) != null) {
        record.append(line).append('\n');
        if (line.startsWith("Created: ")) {
          String text = record.toString().strip();
          int blank = text.indexOf("\n\n");
          out.add(blank < 0 ? text : text.substring(0, blank));
          record.setLength(0);
        }
      }
    }
    return out;
  }

  /**
   * {@code CorpusAcronymTerms RECORDS_TXT_GZ TOPICS_TTL}: selects the terms from the records and
   * replaces the block between {@link #BEGIN} and {@link #END} of the Turtle file (appended when
   * the file has none). The concepts of the generated blocks (this rule's and {@link
   * CorpusOpeningTerms}', which runs after it) are left out of what counts as named.
   */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path ttl = Path.of(args[1]);
    String text = Files.readString(ttl, StandardCharsets.UTF_8);
    TopicReference reference = withoutGeneratedBlock(TestTopics.reference(), text);
    List<Term> terms = select(abstracts(corpus), reference);
    Files.writeString(ttl, withBlock(text, BEGIN, END, turtle(terms, reference)), StandardCharsets.UTF_8);
    System.out.println(terms.size() + " terms written to " + ttl);
  }

  /** {@code ttl} with the block between {@code begin} and {@code end} replaced by {@code block}, or {@code block} appended. */
  static String withBlock(String ttl, String begin, String end, String block) {
    int from = ttl.indexOf(begin);
    if (from < 0) {
      return ttl + (ttl.endsWith("\n\n") ? "" : "\n") + block;
    }
    return ttl.substring(0, from) + block + ttl.substring(ttl.indexOf(end, from) + end.length() + 1);
  }

  /** {@code full} with Papergraph's vocabulary read from {@code ttl} without the generated blocks: what counts as named before the rule runs. */
  static TopicReference withoutGeneratedBlock(TopicReference full, String ttl) {
    return withoutBlocks(full, ttl, List.of(BEGIN, CorpusOpeningTerms.BEGIN), List.of(END, CorpusOpeningTerms.END));
  }

  /** {@code full} with Papergraph's vocabulary read from {@code ttl} without the blocks that start with {@code begins} and end with {@code ends}. */
  static TopicReference withoutBlocks(TopicReference full, String ttl, List<String> begins, List<String> ends) {
    String text = ttl;
    for (int i = 0; i < begins.size(); i++) {
      int from = text.indexOf(begins.get(i));
      if (from >= 0) {
        text = text.substring(0, from) + text.substring(text.indexOf(ends.get(i), from) + ends.get(i).length());
      }
    }
    TopicScheme curated = PapergraphTopics.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "topics.ttl without its generated blocks", full.cso(), full.pwc());
    return new TopicReference(full.cso(), full.pwc(), curated, full.tasks(), full.arxiv());
  }
}
