package org.papergraph.api.linkeddata;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.LangBuilder;

/** What linked-data resources are offered in: RDF for machines, HTML for browsers. */
final class LinkedDataFormats {
  /** An offer for HTML pages; only its media type is used, it is not a Jena parser or writer. */
  static final Lang HTML = LangBuilder.create("Papergraph-HTML", "text/html").build();

  /** Turtle first, so that clients sending {@code *}{@code /*} get RDF; browsers ask for HTML. */
  static final List<Lang> OFFERS = List.of(Lang.TURTLE, HTML, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

  private LinkedDataFormats() {}
}
