package org.papergraph.api.paper;

import org.papergraph.api.web.BadRequestException;
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

  PaperController(PaperService papers, PaperListService list, EntityIds ids) {
    this.papers = papers;
    this.list = list;
    this.ids = ids;
  }

  /**
   * Papers matching filters, newest first or by relevance, a page at a time. Filters: topic,
   * venue, owner (host/account), year, from, to, hasCode, q; sort: date, date:asc, relevance;
   * perPage (at most 100); cursor (the previous page's nextCursor); facets (topic,venue,year,owner).
   */
  @GetMapping("/api/papers")
  PaperPage list(@RequestParam MultiValueMap<String, String> params) {
    return list.list(PaperQuery.parse(params, ids));
  }

  // {*id}: old-style arXiv ids contain a slash (hep-th/9901001).
  @GetMapping("/api/papers/{*id}")
  PaperView paper(@PathVariable("id") String path) {
    String raw = path.startsWith("/") ? path.substring(1) : path;
    String[] id = ArxivIds.parse(raw);
    if (id == null) {
      throw new BadRequestException("'" + raw + "' is not an arXiv identifier (expected e.g. 2211.08332 or hep-th/9901001)");
    }
    return papers.find(id[0]).orElseThrow(() -> new NotFoundException("no paper with arXiv id " + id[0]));
  }
}
