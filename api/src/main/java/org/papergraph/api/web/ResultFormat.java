package org.papergraph.api.web;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats results are offered in, one offer list per kind of result, matched against the
 * request's {@code Accept} header with q-values (Jena's AcceptList, as Fuseki does).
 */
public final class ResultFormat {
  /** Formats for SELECT and ASK results; the first is the default. */
  public static final List<Lang> TABULAR =
      List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);

  /** Formats for CONSTRUCT and DESCRIBE results and other graphs; the first is the default. */
  public static final List<Lang> GRAPH =
      List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML, Lang.TRIG, Lang.NQUADS);

  private ResultFormat() {}

  /**
   * Chooses the format for a request.
   *
   * @param accept the Accept header, or null
   * @return the chosen format, or empty when nothing offered is acceptable (406)
   */
  public static Optional<Lang> negotiate(String accept, List<Lang> offers) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(offers.get(0));
    }
    AcceptList offered = AcceptList.create(offers.stream().map(Lang::getHeaderString).toArray(String[]::new));
    // Clients that ask for plain JSON mean the JSON variant of whatever is offered.
    String effective = accept.replace(WebContent.contentTypeJSON, jsonVariant(offers));
    MediaType chosen;
    try {
      chosen = AcceptList.match(new AcceptList(effective), offered);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (chosen == null) {
      return Optional.empty();
    }
    String ct = chosen.getContentTypeStr();
    return offers.stream().filter(l -> l.getHeaderString().equals(ct)).findFirst();
  }

  /** The formats a client may ask for, for the 406 message. */
  public static String describe(List<Lang> offers) {
    return String.join(", ", offers.stream().map(Lang::getHeaderString).toList());
  }

  private static String jsonVariant(List<Lang> offers) {
    return offers.contains(ResultSetLang.RS_JSON) ? ResultSetLang.RS_JSON.getHeaderString() : RDFLanguages.JSONLD.getHeaderString();
  }
}
