package org.papergraph.api.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.papergraph.api.config.LinkedDataProperties;
import org.papergraph.api.web.NotFoundException;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dereferenceable entity IRIs: {base}id/... answers with what the graph says about the entity,
 * as HTML for browsers or as RDF by {@code Accept}; 404 when it says nothing.
 */
@RestController
class EntityController {
  /** Set when statements pointing to the entity were left out of a large description. */
  static final String TRUNCATED_HEADER = "Papergraph-Incoming-Truncated";

  private final EntityDescriber describer;
  private final Iris iris;
  private final LinkedDataProperties props;

  EntityController(EntityDescriber describer, Iris iris, LinkedDataProperties props) {
    this.describer = describer;
    this.iris = iris;
    this.props = props;
  }

  @GetMapping("/id/**")
  void entity(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request, HttpServletResponse response) throws IOException {
    // The raw path, still percent-encoded, is exactly the tail of the minted IRI.
    String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
    String iri = iris.base() + path;
    Lang lang = RdfResponses.negotiate(accept, LinkedDataFormats.OFFERS);
    EntityDescriber.Description d = describer.describe(iri);
    if (d == null) {
      throw new NotFoundException("nothing is known about <" + iri + ">");
    }
    if (d.incomingCut()) {
      response.setHeader(TRUNCATED_HEADER, "only the first " + props.maxTriples() + " statements pointing to this entity are included");
    }
    if (lang == LinkedDataFormats.HTML) {
      String note = d.incomingCut() ? "Only the first " + props.maxTriples() + " statements that point to this entity are shown; query /sparql for all." : null;
      RdfResponses.prepare(response, lang);
      response.getOutputStream().write(new HtmlPage(iris.base(), Vocabularies.prefixes()).render(NodeFactory.createURI(iri), d.graph(), note).getBytes(StandardCharsets.UTF_8));
      return;
    }
    d.graph().getPrefixMapping().setNsPrefixes(Vocabularies.prefixes());
    RdfResponses.write(response, d.graph(), lang);
  }
}
