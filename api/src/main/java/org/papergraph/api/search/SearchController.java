package org.papergraph.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.api.index.Terms;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.Limits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/search?q=}: papers, topics and venues matching every word, with highlights. */
@RestController
class SearchController {
  static final int MAX_LIMIT = 50;
  static final int MAX_WORDS = 10;
  static final List<String> TYPES = List.of("paper", "topic", "venue");

  private final TextSearch search;

  SearchController(TextSearch search) {
    this.search = search;
  }

  /** The answer: the words searched for, and per type the total and the best matches. */
  record SearchResult(List<String> words, Map<String, TextSearch.Hits> results) {}

  @GetMapping("/api/search")
  SearchResult search(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "types", defaultValue = "paper,topic,venue") String types,
      @RequestParam(name = "limit", defaultValue = "10") String limit) {
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
    Map<String, TextSearch.Hits> results = new LinkedHashMap<>();
    for (String type : types.split(",")) {
      String t = type.strip();
      switch (t) {
        case "paper" -> results.put("papers", search.papers(terms, n));
        case "topic" -> results.put("topics", search.topics(terms, n));
        case "venue" -> results.put("venues", search.venues(terms, n));
        default -> throw new BadRequestException("types: '" + t + "' is not one of " + String.join(", ", TYPES));
      }
    }
    return new SearchResult(terms.words(), results);
  }
}
