package org.papergraph.api.venue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.Limits;
import org.papergraph.api.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Venues as JSON. */
@RestController
class VenueController {
  private final VenueService venues;

  VenueController(VenueService venues) {
    this.venues = venues;
  }

  /**
   * Venues (conference and workshop series, journals), most papers first; with {@code kind}, those
   * of that kind; with {@code q}, those whose acronym, name or alias has a word starting with it.
   */
  @Operation(
      summary = "Venues: conference and workshop series and journals, most papers first",
      description = "Each venue has its kind (conference, workshop or journal), its id for /api/venues/{id}, and its paper count: "
          + "papers presented at an edition of a series, or in a journal. A workshop here is a series whose name says so "
          + "(\"International Workshop on ...\"), or a workshop held at one edition of a conference (its id is "
          + "series/year/name, its paper count the papers that name it, and its href the host series' page, whose edition lists it).")
  @GetMapping("/api/venues")
  List<VenueView.Summary> list(
      @Parameter(description = "a word start of the acronym, name or an alias, e.g. nips") @RequestParam(name = "q", required = false) String q,
      @Parameter(description = "conference, workshop or journal; all kinds when absent") @RequestParam(name = "kind", required = false) String kind,
      @Parameter(description = "at most this many, 1 to 100") @RequestParam(name = "limit", defaultValue = "25") String limit) {
    if (q != null && q.isBlank()) {
      throw new BadRequestException("q: give at least one character");
    }
    if (kind != null && !VenueKinds.ALL.contains(kind)) {
      throw new BadRequestException("kind: '" + kind + "' is not one of " + String.join(", ", VenueKinds.ALL));
    }
    return venues.list(q, kind, Limits.parse(limit, VenueService.MAX_LIMIT));
  }

  @Operation(
      summary = "One venue: kind, ranks, registry sources, ISSNs, editions, topic profile, related venues, papers",
      description = "ranks by system (ccf, core, thcpl); sources: one line per registry the venue comes from, with the ranks it gave "
          + "(none for a provisional venue, which only a paper's statement names); editions: none for a journal, and each "
          + "with the workshops held at it and tracks of it (Findings) that papers name.")
  @GetMapping("/api/venues/{id}")
  VenueView venue(@PathVariable("id") String id) {
    return venues.find(id).orElseThrow(() -> new NotFoundException("no venue with id '" + id + "'"));
  }
}
