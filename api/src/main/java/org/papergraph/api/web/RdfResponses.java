package org.papergraph.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;

/** Writing negotiated RDF and result documents to a servlet response. */
public final class RdfResponses {
  private RdfResponses() {}

  /** Chooses the format for {@code accept} among {@code offers}, or fails with 406. */
  public static Lang negotiate(String accept, List<Lang> offers) {
    return ResultFormat.negotiate(accept, offers).orElseThrow(() -> new NotAcceptableException(accept, ResultFormat.describe(offers)));
  }

  /** Sets the content type (with charset for text formats) and {@code Vary: Accept}. */
  public static void prepare(HttpServletResponse response, Lang lang) {
    String ct = lang.getHeaderString();
    response.setContentType(ct + (ct.startsWith("text/") ? "; charset=utf-8" : ""));
    response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
  }

  /** Writes a whole graph, with the project's prefixes where the format has them. */
  public static void write(HttpServletResponse response, Graph graph, Lang lang) throws IOException {
    prepare(response, lang);
    OutputStream out = response.getOutputStream();
    RDFDataMgr.write(out, graph, lang);
    out.flush();
  }
}
