package org.papergraph.api.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON-LD context that turns the REST API's JSON into RDF. */
@RestController
class ContextController {
  static final Resource CONTEXT = new ClassPathResource("org/papergraph/api/web/context.jsonld");

  @GetMapping(JsonLdAdvice.CONTEXT)
  ResponseEntity<Resource> context() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json")).body(CONTEXT);
  }
}
