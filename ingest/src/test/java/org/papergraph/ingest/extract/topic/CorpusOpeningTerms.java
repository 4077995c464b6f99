package org.papergraph.ingest.extract.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grows Papergraph's vocabulary from a corpus of abstracts by a second rule, for the main subjects
 * writers do not abbreviate ("web agents", "content moderation"): a term is the noun phrase an
 * abstract opens with, as its grammatical subject ("Composed image retrieval aims to ...",
 * "Person re-identification (ReID) is ...", "In recent years, spatial transcriptomics has ..."),
 * of two to four words, that at least {@value #MIN_ABSTRACTS} abstracts open with. An abstract's
 * opening subject is what a title names for a paper whose record has no title: the field or task
 * the paper places itself in. The exclusions are {@link CorpusAcronymTerms}' ({@link
 * CorpusAcronymTerms.Named}: named already, a named topic plus a kind noun, a measure, a kind of
 * a generic topic), and an opening that is no subject: a phrase with a determiner or pronoun
 * ("this paper", "the growing"), one that starts with a word that dates or ranks its topic
 * ("recent", "current", "existing", "modern"), a conjunction or preposition ("while", "as",
 * "despite"), a gerund ("training large language models"), a word saying how the rest is built
 * ("transformer-based", "pre-trained"), or a kind of model or system too broad to tell
 * papers apart ("deep learning models", "AI systems", "autoregressive models").
 *
 * <p>Labels are the spellings at least two openings used; the broader topic is the concept named
 * by the longest ending of two words or more, as in the acronym rule. {@link #main} reads the
 * shared arXiv file and rewrites this rule's generated block of {@code topics.ttl}; run it after
 * {@link CorpusAcronymTerms}, whose terms count as named here.
 */
final class CorpusOpeningTerms {
  static final int MIN_ABSTRACTS = 3;
  static final int MAX_WORDS = 4;

  static final String BEGIN = "# BEGIN subjects that open abstracts, selected by CorpusOpeningTerms";
  static final String END = "# END subjects that open abstracts";

  /** A phrase-initial time adverbial skipped before the subject: "In recent years, ...", "Recently, ...". */
  private static final Pattern FRAMING =
      Pattern.compile("^(?:(?:in|over|during) (?:the )?(?:recent|past|last) (?:few )?(?:years|decades?)|recently|nowadays|currently|today|lately)\\s*,\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}0-9][\\p{L}0-9'-]*|[(,.;:]");
  /**
   * Words that end an opening subject: the verbs and adverbs that follow a subject at the start of
   * an abstract, and prepositions ("Recent advances in ...": the subject is before "in"). Verbs
   * that are also nouns of titles ("pose", "face", "use", "focus") are not among them: "3D human
   * pose estimation" is one subject.
   */
  private static final Set<String> BOUNDARY = Set.of(
      "is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "must",
      "remains", "remain", "aims", "enables", "enable", "suffers", "suffer", "offers", "offer", "holds", "shows", "show",
      "provides", "provide", "involves", "involve", "relies", "rely", "seeks", "seek", "refers", "refer", "requires",
      "require", "struggles", "struggle", "achieves", "achieve", "allows", "allow", "demonstrates", "demonstrate",
      "exhibits", "exhibit", "represents", "represent", "serves", "serve", "encompasses", "encompass", "continues",
      "continue", "leverages", "leverage", "employs", "employ", "emerges", "emerge", "attracts", "attract", "excel",
      "excels", "perform", "performs", "become", "becomes", "revolutionized", "transformed", "emerged", "enabled",
      "often", "typically", "usually", "still", "increasingly", "generally", "commonly", "frequently", "primarily",
      "mainly", "widely", "largely", "recently", "also",
      "in", "for", "on", "with", "like", "such", "that", "which", "to", "by", "from", "via", "through", "across", "within",
      "under", "into", "among", "between", "against", "as", "at");
  /** Words an opening subject never has: determiners, pronouns, conjunctions. */
  private static final Set<String> NOT_IN_A_SUBJECT = Set.of(
      "the", "a", "an", "this", "these", "those", "that", "our", "their", "its", "his", "her", "we", "it", "they", "there",
      "and/or", "or", "but", "not", "no", "all", "each", "every", "any", "some", "most", "many", "much", "more", "several");
  /** First words that date, rank or frame the topic instead of naming it ("recent studies", "existing methods", "while LLMs"). */
  private static final Set<String> NOT_A_FIRST_WORD = Set.of(
      "recent", "current", "modern", "existing", "prior", "previous", "traditional", "conventional", "contemporary",
      "novel", "new", "emerging", "state-of-the-art", "advanced", "popular", "standard", "typical", "classical", "early",
      "accurate", "efficient", "effective", "robust", "reliable", "scalable", "powerful", "large-scale", "real-world",
      "while", "although", "though", "despite", "since", "because", "if", "when", "whereas", "unlike", "given", "as",
      "with", "in", "for", "on", "to", "and", "however", "moreover", "furthermore", "here", "how", "what", "why", "one",
      "two", "both", "such", "other", "various", "different", "significant", "rapid", "growing", "increasing",
      "pre-trained", "pretrained", "generative", "deep", "do", "does", "can");
  /** Last words of a stance on a topic, not of the topic ("remarkable progress", "extensive research"), or of a cut phrase ("visible and"). */
  private static final Set<String> NOT_A_LAST_WORD = Set.of(
      "progress", "research", "advances", "advancements", "developments", "efforts", "attention", "interest", "success",
      "studies", "work", "works", "breakthroughs", "and", "or", "of");
  /** Participles that, after the subject's first word, start a clause on it ("web agents built on", "models trained on"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("built", "made", "driven", "known", "shown", "given", "taken", "seen");

  private CorpusOpeningTerms() {}

  /**
   * The noun phrase that opens {@code abstractText} as its subject, in lower case, or null: the
   * words before the first boundary word or punctuation (after a time adverbial), when they are two
   * to {@value #MAX_WORDS} words that a subject can be.
   */
  static String opening(String abstractText) {
    String text = abstractText.strip();
    Matcher framing = FRAMING.matcher(text);
    if (framing.find()) {
      text = text.substring(framing.end());
    }
    List<String> words = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      String token = t.group();
      String lower = token.toLowerCase(Locale.ROOT);
      boolean participle = !words.isEmpty() && (lower.endsWith("ed") && !lower.contains("-") || IRREGULAR_PARTICIPLES.contains(lower));
      if (token.length() == 1 && "(,.;:".contains(token) || BOUNDARY.contains(lower) || participle) {
        // A sentence that ends before any verb is a fragment, and one before a colon a heading ("Background and objective:").
        return token.equals(".") || token.equals(":") || words.size() < 2 || words.size() > MAX_WORDS ? null : subject(words);
      }
      words.add(lower);
      if (words.size() > MAX_WORDS) {
        return null;
      }
    }
    return null;
  }

  private static String subject(List<String> words) {
    String first = words.get(0);
    // A gerund names an activity in a verb's words ("training large language models", "generating
    // images"), and "X-based" how the rest is built ("transformer-based models").
    if (NOT_A_FIRST_WORD.contains(first) || first.endsWith("ing") || first.endsWith("-based") || NOT_A_LAST_WORD.contains(words.get(words.size() - 1)) || words.stream().anyMatch(NOT_IN_A_SUBJECT::contains)) {
      return null;
    }
    return String.join(" ", words);
  }

  /** Selects the terms of {@code abstracts} by the rule, against the concepts {@code reference} already has. */
  static List<CorpusAcronymTerms.Term> select(Iterable<String> abstracts, TopicReference reference) {
    Map<String, Integer> abstractsByKey = new HashMap<>();
    Map<String, Map<String, Integer>> formsByKey = new HashMap<>();
    for (String text : abstracts) {
      String phrase = opening(text);
      if (phrase != null) {
        String k = CorpusAcronymTerms.key(phrase);
        abstractsByKey.merge(k, 1, Integer::sum);
        formsByKey.computeIfAbsent(k, x -> new HashMap<>()).merge(phrase, 1, Integer::sum);
      }
    }
    CorpusAcronymTerms.Named named = new CorpusAcronymTerms.Named(reference);
    List<CorpusAcronymTerms.Term> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : abstractsByKey.entrySet()) {
      if (e.getValue() < MIN_ABSTRACTS) {
        continue;
      }
      List<String> forms = CorpusAcronymTerms.labels(formsByKey.get(e.getKey()));
      String label = forms.get(0);
      String[] words = label.split(" ");
      if (named.excludes(label) || aKindOfModelOrSystem(words, named)) {
        continue;
      }
      out.add(new CorpusAcronymTerms.Term(Slugs.of(label), label, forms.subList(1, forms.size()), null, e.getValue(), named.broader(words), null));
    }
    out.sort(Comparator.comparing(CorpusAcronymTerms.Term::abstracts).reversed().thenComparing(CorpusAcronymTerms.Term::slug));
    return out;
  }

  /**
   * A generic topic with a noun after it ("deep learning models"), one word with a kind noun or
   * "models" ("AI systems", "autoregressive models": a family too broad to tell papers apart), or
   * a named topic with "models" ("video generation models": the models of that topic).
   */
  static boolean aKindOfModelOrSystem(String[] words, CorpusAcronymTerms.Named named) {
    String last = words[words.length - 1];
    String rest = String.join(" ", List.of(words).subList(0, words.length - 1));
    boolean kind = TopicTagger.KIND_NOUNS.contains(last) || last.equals("models") || last.equals("model");
    return named.isGeneric(rest) || kind && words.length == 2 || (last.equals("models") || last.equals("model")) && named.names(rest);
  }

  /**
   * {@code CorpusOpeningTerms RECORDS_TXT_GZ TOPICS_TTL}: selects the terms from the records and
   * replaces the block between {@link #BEGIN} and {@link #END} of the Turtle file (appended when
   * the file has none). The concepts of this block are left out of what counts as named; those of
   * {@link CorpusAcronymTerms}' block count.
   */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path ttl = Path.of(args[1]);
    String text = Files.readString(ttl, StandardCharsets.UTF_8);
    TopicReference reference = CorpusAcronymTerms.withoutBlocks(TestTopics.reference(), text, List.of(BEGIN), List.of(END));
    List<CorpusAcronymTerms.Term> terms = select(CorpusAcronymTerms.abstracts(corpus), reference);
    String block = CorpusAcronymTerms.turtle(
        terms, reference, BEGIN, "# Noun phrases that at least " + MIN_ABSTRACTS + " abstracts of the shared arXiv file open with as their subject", END);
    Files.writeString(ttl, CorpusAcronymTerms.withBlock(text, BEGIN, END, block), StandardCharsets.UTF_8);
    System.out.println(terms.size() + " terms written to " + ttl);
  }
}
