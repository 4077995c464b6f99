package org.papergraph.api.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.api.web.ResultFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The VoID description at its well-known address (RFC 5785, VoID section 7). */
@RestController
class VoidController {
  private final VoidDescription description;

  VoidController(VoidDescription description) {
    this.description = description;
  }

  @GetMapping("/.well-known/void")
  void voidDescription(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
    var lang = RdfResponses.negotiate(accept, ResultFormat.GRAPH);
    String serviceBase = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
    RdfResponses.write(response, description.describe(serviceBase), lang);
  }
}
