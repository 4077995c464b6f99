package org.papergraph.api.venue;

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

  /** Venue series, most papers first; with {@code q}, those whose acronym, name or alias has a word starting with it. */
  @GetMapping("/api/venues")
  List<VenueView.Summary> list(@RequestParam(name = "q", required = false) String q, @RequestParam(name = "limit", defaultValue = "25") String limit) {
    if (q != null && q.isBlank()) {
      throw new BadRequestException("q: give at least one character");
    }
    return venues.list(q, Limits.parse(limit, VenueService.MAX_LIMIT));
  }

  @GetMapping("/api/venues/{id}")
  VenueView venue(@PathVariable("id") String id) {
    return venues.find(id).orElseThrow(() -> new NotFoundException("no venue with id '" + id + "'"));
  }
}
