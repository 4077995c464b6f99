package org.papergraph.api.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser UI's pages. They are static files that read the REST API from the browser; these
 * mappings give them readable paths (the entity's id stays in the path, where the page's script
 * reads it).
 */
@Controller
class UiController {
  @GetMapping("/query")
  String query() {
    return "forward:/index.html";
  }

  @GetMapping({"/explore/paper/**", "/explore/topic/*", "/explore/venue/*", "/explore/owner/*/*"})
  String explore() {
    return "forward:/ui/explore.html";
  }

  @GetMapping("/graph")
  String graph() {
    return "forward:/ui/graph.html";
  }
}
