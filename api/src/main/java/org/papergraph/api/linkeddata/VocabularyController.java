package org.papergraph.api.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The vocabulary at /ns (its namespace resolves there) and the JSON-LD context beside it. */
@RestController
class VocabularyController {
  private final OntologyDocument document;
  private final Iris iris;

  VocabularyController(OntologyDocument document, Iris iris) {
    this.document = document;
    this.iris = iris;
  }

  @GetMapping("/ns")
  void vocabulary(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
    Lang lang = RdfResponses.negotiate(accept, LinkedDataFormats.OFFERS);
    if (lang == LinkedDataFormats.HTML) {
      RdfResponses.prepare(response, lang);
      response.getOutputStream().write(new HtmlPage(iris.base(), Vocabularies.prefixes()).render(document.ontology(), document.graph(), null).getBytes(StandardCharsets.UTF_8));
      return;
    }
    RdfResponses.write(response, document.graph(), lang);
  }

  @GetMapping(path = "/ns/context.jsonld", produces = "application/ld+json")
  Map<String, Object> context() {
    return document.context();
  }
}
