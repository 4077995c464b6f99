package org.papergraph.api.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/stats}: what the graph holds. */
@RestController
class StatsController {
  private final StatsService stats;

  StatsController(StatsService stats) {
    this.stats = stats;
  }

  @GetMapping("/api/stats")
  StatsService.Stats stats() {
    return stats.stats();
  }
}
