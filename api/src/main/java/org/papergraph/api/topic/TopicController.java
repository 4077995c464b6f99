package org.papergraph.api.topic;

import java.util.List;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.Limits;
import org.papergraph.api.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Topics as JSON. */
@RestController
class TopicController {
  private final TopicService topics;

  TopicController(TopicService topics) {
    this.topics = topics;
  }

  /** Topics, most papers first; with {@code q}, those with a label word starting with it (autocomplete). */
  @GetMapping("/api/topics")
  List<TopicView.Summary> list(@RequestParam(name = "q", required = false) String q, @RequestParam(name = "limit", defaultValue = "25") String limit) {
    if (q != null && q.isBlank()) {
      throw new BadRequestException("q: give at least one character");
    }
    return topics.list(q, Limits.parse(limit, TopicService.MAX_LIMIT));
  }

  @GetMapping("/api/topics/{id}")
  TopicView topic(@PathVariable("id") String id) {
    return topics.find(id).orElseThrow(() -> new NotFoundException("no topic with id '" + id + "'"));
  }
}
