package org.papergraph.api.graphstore;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.UnsupportedMediaTypeException;

/** Reads the RDF sent to the Graph Store: one document, or several as multipart/form-data. */
final class RdfBodies {
  private RdfBodies() {}

  static Graph read(HttpServletRequest request, String base) throws IOException {
    String contentType = request.getContentType();
    if (contentType == null) {
      throw new UnsupportedMediaTypeException("the request has no Content-Type; send RDF such as text/turtle");
    }
    Graph graph = GraphFactory.createDefaultGraph();
    if (contentType.toLowerCase().startsWith("multipart/form-data")) {
      try {
        for (Part part : request.getParts()) {
          try (InputStream in = part.getInputStream()) {
            parse(in, part.getContentType(), base, graph, "part '" + part.getName() + "'");
          }
        }
      } catch (ServletException e) {
        throw new BadRequestException("the multipart body cannot be read: " + e.getMessage());
      }
      return graph;
    }
    parse(request.getInputStream(), contentType, base, graph, "body");
    return graph;
  }

  private static void parse(InputStream in, String contentType, String base, Graph into, String what) {
    Lang lang = contentType == null ? null : RDFLanguages.contentTypeToLang(ContentType.create(contentType).getContentTypeStr());
    if (lang == null || !RDFLanguages.isTriples(lang)) {
      throw new UnsupportedMediaTypeException(
          "the " + what + " has media type '" + contentType + "'; a graph is read from Turtle, N-Triples, JSON-LD or RDF/XML");
    }
    try {
      RDFParser.source(in).lang(lang).base(base).parse(into);
    } catch (RiotException e) {
      throw new BadRequestException("the " + what + " is not valid " + lang.getLabel() + ": " + e.getMessage());
    }
  }
}
