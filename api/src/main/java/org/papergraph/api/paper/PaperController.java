package org.papergraph.api.paper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.util.List;
import org.papergraph.api.search.SemanticSearch;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.Limits;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.ServiceUnavailableException;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.NotFoundException;
import org.papergraph.ingest.record.ArxivIds;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Papers as JSON. */
@RestController
class PaperController {
  private final PaperService papers;
  private final PaperListService list;
  private final EntityIds ids;
  private final SemanticSearch semantic;

  PaperController(PaperService papers, PaperListService list, EntityIds ids, SemanticSearch semantic) {
    this.papers = papers;
    this.list = list;
    this.ids = ids;
    this.semantic = semantic;
  }

  /**
   * Papers matching filters, newest first or by relevance, a page at a time. Filters: topic,
   * venue, owner (host/account), year, from, to, hasCode, q; sort: date, date:asc, relevance;
   * perPage (at most 100); cursor (the previous page's nextCursor); facets (topic,venue,year,owner).
   */
  @GetMapping("/api/papers")
  @Parameters({
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "topic id(s), e.g. diffusion-models; repeat or comma-separate for either"),
    @Parameter(name = "venue", in = ParameterIn.QUERY, description = "venue series id(s), e.g. neurips"),
    @Parameter(name = "owner", in = ParameterIn.QUERY, description = "repository owner(s) as host/account, e.g. github/vita-group"),
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "year(s) of the paper's date, e.g. 2022"),
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "earliest date: yyyy-mm-dd, yyyy-mm or yyyy"),
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "latest date: yyyy-mm-dd, yyyy-mm or yyyy"),
    @Parameter(name = "hasCode", in = ParameterIn.QUERY, description = "true: only papers with a code repository; false: only without"),
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "words that must all occur, as whole words, in one title or abstract (a word ending in * stands for any word it begins): the papers /api/search finds for them"),
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "date (newest first, the default), date:asc, or relevance (the default with q: the search's score, best first)"),
    @Parameter(name = "perPage", in = ParameterIn.QUERY, description = "papers per page, 1..100 (default 25)"),
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "the nextCursor of the previous page"),
    @Parameter(name = "facets", in = ParameterIn.QUERY, description = "facets to count, comma-separated: topic,venue,year,owner (default all; empty for none)")
  })
  PaperPage list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
    return list.list(PaperQuery.parse(params, ids));
  }

  // {*id}: old-style arXiv ids contain a slash (hep-th/9901001); so does their similar list.
  @GetMapping("/api/papers/{*id}")
  @ApiResponse(responseCode = "200", description = "the paper", content = @Content(schema = @Schema(implementation = PaperView.class)))
  Object paper(@PathVariable("id") String path, @Parameter(hidden = true) @RequestParam(name = "limit", required = false) String limit) {
    String raw = path.startsWith("/") ? path.substring(1) : path;
    if (raw.endsWith(SIMILAR)) {
      return similar(raw.substring(0, raw.length() - SIMILAR.length()), limit == null ? String.valueOf(DEFAULT_SIMILAR) : limit);
    }
    return papers.find(arxivId(raw)).orElseThrow(() -> new NotFoundException("no paper with arXiv id " + arxivId(raw)));
  }

  private static final String SIMILAR = "/similar";
  static final int DEFAULT_SIMILAR = 10;
  static final int MAX_SIMILAR = 100;

  /** The answer of /similar: the paper, the model, and the papers most like it, closest first. */
  record SimilarPapers(Link paper, String model, List<SemanticSearch.Hit> results) {}

  @GetMapping("/api/papers/{id}/similar")
  @Operation(
      summary = "Papers similar to a paper",
      description = """
          The papers whose title-and-abstract vector (all-MiniLM-L6-v2, computed in the background \
          after each write) is nearest this paper's, closest first, with their score: the cosine \
          similarity, -1..1, higher is closer. 404 when there is no such paper, 503 when it has \
          no vector yet (it was written seconds ago): ask again. Old-style ids work too: \
          /api/papers/hep-th/9901001/similar.""")
  SimilarPapers similar(
      @PathVariable("id") String id,
      @Parameter(description = "papers to list, 1..100 (default 10)") @RequestParam(name = "limit", defaultValue = "10") String limit) {
    int n = Limits.parse(limit, MAX_SIMILAR);
    String arxivId = arxivId(id);
    // The paper's link only: building its whole view (authors, topics, venues, related papers)
    // took more CPU than the search itself.
    Link paper = papers.link(arxivId).orElseThrow(() -> new NotFoundException("no paper with arXiv id " + arxivId));
    List<SemanticSearch.Hit> found = semantic.similar(arxivId, n)
        .orElseThrow(() -> new ServiceUnavailableException("paper " + arxivId + " has no vector yet; it is being embedded"));
    return new SimilarPapers(paper, semantic.model(), found);
  }

  private static String arxivId(String raw) {
    String[] id = ArxivIds.parse(raw);
    if (id == null) {
      throw new BadRequestException("'" + raw + "' is not an arXiv identifier (expected e.g. 2211.08332 or hep-th/9901001)");
    }
    return id[0];
  }
}
