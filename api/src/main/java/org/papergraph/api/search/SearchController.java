package org.papergraph.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.api.index.Terms;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.Limits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/search?q=}: papers, topics and venues having every word in one text, with highlights. */
@RestController
class SearchController {
  static final int MAX_LIMIT = 50;
  static final int MAX_WORDS = 10;
  static final List<String> TYPES = List.of("paper", "topic", "venue");

  static final List<String> MODES = List.of("keyword", "semantic", "hybrid");

  private final TextSearch search;
  private final SemanticSearch semantic;

  SearchController(TextSearch search, SemanticSearch semantic) {
    this.search = search;
    this.semantic = semantic;
  }

  /** The answer: the words searched for, the mode, and per type the total and the best matches. */
  record SearchResult(List<String> words, String mode, Map<String, TextSearch.Hits> results) {}

  private static final Map<String, String> GROUPS = Map.of("paper", "papers", "topic", "topics", "venue", "venues");

  @GetMapping("/api/search")
  @Operation(
      summary = "Search papers, topics and venues",
      description = """
          Finds the papers whose title or abstract, and the topics and venues whose label, name \
          or alias, contains every word of q: all words in the same text, as whole words, case \
          ignored; a word ending in * stands for any word it begins (conv* finds convolutional). \
          q is plain words: quotes, brackets and operators are text. This is the same index and \
          the same rule as text:query in SPARQL on this server, where AND is the default \
          operator too, so ?p text:query "graph neural" finds the same papers as \
          q=graph neural.

          Per type, count is the number of its matches among the best 1000 of the search (all \
          types together, equal scores in IRI order) and results the best limit of them, by score (higher is better; comparable within one answer only), each \
          with per matched field (title, abstract, label, name, altLabel) a passage as HTML: the \
          matched words in <em>, everything else escaped.

          On a remote store (papergraph.store.kind=remote) the search goes to the server's own \
          index where papergraph.store.text-search names one: virtuoso (bif:contains; whole \
          words, best first, but a word* needs 4 characters before the *, and new text is found \
          once Virtuoso's next index batch has run) or jena-text (Fuseki's text:query over an \
          index like Papergraph's). Otherwise (scan, the default) it scans the titles, abstracts \
          and labels for each word as a substring, within papergraph.rest.query-timeout, and \
          returns the first matches it finds.

          mode says how papers are found (topics and venues are always found by their words): \
          keyword (the default) as above; semantic by meaning: the papers whose title-and-abstract \
          vector (all-MiniLM-L6-v2) is nearest the vector of q, score the cosine similarity \
          (-1..1), no highlights, count the number of results; hybrid: the best 100 papers of \
          each of the two rankings fused by reciprocal-rank fusion, score = sum over the \
          rankings a paper is in of 1/(60 + rank), rank counted from 1 (k = 60, as in Cormack \
          et al. 2009), count the papers in either ranking, highlights where the words matched. \
          Papers written in the last seconds may not have a vector yet.""")
  SearchResult search(
      @Parameter(description = "the words to search for, at most 10") @RequestParam(name = "q", required = false) String q,
      @Parameter(description = "what to search, comma-separated: paper, topic, venue (default all three)")
          @RequestParam(name = "types", defaultValue = "paper,topic,venue") String types,
      @Parameter(description = "how papers are found: keyword (default), semantic or hybrid")
          @RequestParam(name = "mode", defaultValue = "keyword") String mode,
      @Parameter(description = "matches per type, 1..50 (default 10)") @RequestParam(name = "limit", defaultValue = "10") String limit) {
    if (q == null) {
      throw new BadRequestException("q: missing; say what to search for");
    }
    Terms terms = Terms.of(q);
    if (terms.isEmpty()) {
      throw new BadRequestException("q: '" + q + "' has no words to search for");
    }
    if (terms.words().size() > MAX_WORDS) {
      throw new BadRequestException("q: " + terms.words().size() + " words; at most " + MAX_WORDS);
    }
    int n = Limits.parse(limit, MAX_LIMIT);
    if (!MODES.contains(mode)) {
      throw new BadRequestException("mode: '" + mode + "' is not one of " + String.join(", ", MODES));
    }
    Set<String> asked = new LinkedHashSet<>();
    for (String type : types.split(",")) {
      String t = type.strip();
      if (!TYPES.contains(t)) {
        throw new BadRequestException("types: '" + t + "' is not one of " + String.join(", ", TYPES));
      }
      asked.add(t);
    }
    Map<String, TextSearch.Hits> results = new LinkedHashMap<>();
    boolean papersByMeaning = asked.contains("paper") && !mode.equals("keyword");
    // Papers found by meaning are not also searched by their words here: hybrid ranks the words
    // itself, and semantic has no use for them.
    Set<String> byWords = new LinkedHashSet<>(asked);
    if (papersByMeaning) {
      byWords.remove("paper");
    }
    Map<String, TextSearch.Hits> found = byWords.isEmpty() ? Map.of() : search.search(q, byWords, n);
    for (String type : asked) {
      TextSearch.Hits hits = type.equals("paper") && papersByMeaning
          ? (mode.equals("semantic") ? semantic.asHits(semantic.search(q, n)) : semantic.hybrid(q, n))
          : found.get(type);
      results.put(GROUPS.get(type), hits);
    }
    return new SearchResult(terms.words(), mode, results);
  }
}
