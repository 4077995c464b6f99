package org.papergraph.api.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.api.venue.VenueKinds;
import org.papergraph.core.vocab.BIBO;
import org.papergraph.core.vocab.PG;

/**
 * A plain HTML rendering of a graph for browsers: one section per subject, one row per
 * statement. Every value is escaped; IRIs under the service's base link to this service.
 */
final class HtmlPage {
  private static final List<String> LABELS =
      List.of(
          SKOS.prefLabel.getURI(),
          DCTerms.title.getURI(),
          SchemaDO.name.getURI(),
          RDFS.label.getURI(),
          FOAF.accountName.getURI());

  /** Rank systems in the order a venue page lists them. */
  private static final Map<String, Property> RANKS = new LinkedHashMap<>();

  static {
    RANKS.put("CCF", PG.ccfRank);
    RANKS.put("CORE", PG.coreRank);
    RANKS.put("THCPL", PG.thcplRank);
  }

  private final String base;
  private final PrefixMapping prefixes;

  HtmlPage(String base, PrefixMapping prefixes) {
    this.base = base;
    this.prefixes = prefixes;
  }

  /**
   * Renders {@code graph}, the subject {@code main} first.
   *
   * @param note a sentence shown under the title (e.g. that a list was cut), or null
   */
  String render(Node main, Graph graph, String note) {
    StringBuilder html = new StringBuilder(4096);
    String title = label(main, graph);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}")
        .append("table{border-collapse:collapse;width:100%}td{border-top:1px solid #ddd;padding:.3em;vertical-align:top}")
        .append("td:first-child{width:14em;color:#555}h2{font-size:1.1em;margin-top:2em}</style>\n")
        .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"\"><link rel=\"alternate\" type=\"application/ld+json\" href=\"\">")
        .append("</head><body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p><code>")
        .append(esc(main.toString()))
        .append("</code></p>\n");
    String explorer = explorerPath(main);
    if (explorer != null) {
      html.append("<p><a href=\"").append(esc(explorer)).append("\">Explorer page</a> (counts, charts, graph view)</p>\n");
    }
    if (note != null) {
      html.append("<p><em>").append(esc(note)).append("</em></p>\n");
    }
    venueSummary(main, graph, html);
    List<Node> subjects = new ArrayList<>(graph.find().mapWith(Triple::getSubject).toSet());
    subjects.sort(Comparator.comparing((Node s) -> !s.equals(main)).thenComparing((Node s) -> s.toString()));
    for (Node s : subjects) {
      if (!s.equals(main)) {
        html.append("<h2 id=\"").append(esc(s.isBlank() ? s.getBlankNodeLabel() : s.toString())).append("\">").append(value(s)).append("</h2>\n");
      }
      html.append("<table>\n");
      List<Triple> rows = graph.find(s, Node.ANY, Node.ANY).toList();
      rows.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
      for (Triple t : rows) {
        html.append("<tr><td>").append(value(t.getPredicate())).append("</td><td>").append(value(t.getObject())).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("<p><a href=\"/\">SPARQL query page</a> · <a href=\"/sparql\">SPARQL endpoint</a> · <a href=\"/ns\">vocabulary</a></p>\n</body></html>\n");
    return html.toString();
  }

  /**
   * The browser UI's page for a paper, topic, venue series or repository owner (lab), or null
   * for other entities. The path keeps the IRI's percent-encoding.
   */
  private String explorerPath(Node node) {
    if (!node.isURI() || !node.getURI().startsWith(base)) {
      return null;
    }
    String path = node.getURI().substring(base.length());
    String[] parts = path.split("/", -1);
    if (parts.length < 3 || !parts[0].equals("id") || path.contains("#")) {
      return null;
    }
    return switch (parts[1]) {
      case "paper" -> "/explore/paper/" + path.substring("id/paper/".length());
      case "topic" -> parts.length == 3 ? "/explore/topic/" + parts[2] : null;
      case "venue" -> parts.length == 3 ? "/explore/venue/" + parts[2] : null;
      case "org" -> parts.length == 4 ? "/explore/owner/" + parts[2] + "/" + parts[3] : null;
      default -> null;
    };
  }

  /**
   * For a venue, what it is before the statements: its kind, its ranks with the registries that
   * gave them, and where it comes from (the registries, or the statement alone for a provisional
   * venue).
   */
  private static void venueSummary(Node main, Graph graph, StringBuilder html) {
    List<String> types = graph.find(main, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject().isURI() ? t.getObject().getURI() : "").toList();
    if (!types.contains(SchemaDO.EventSeries.getURI()) && !types.contains(BIBO.Journal.getURI()) && !types.contains(BIBO.Workshop.getURI())) {
      return;
    }
    String name = literal(graph, main, SchemaDO.name.asNode());
    html.append("<table class=\"venue\">\n<tr><td>Kind</td><td>").append(esc(VenueKinds.of(types, name))).append("</td></tr>\n");
    List<String> ranks = new ArrayList<>();
    RANKS.forEach((system, property) -> {
      String rank = literal(graph, main, property.asNode());
      if (rank != null) {
        ranks.add(system + " " + rank);
      }
    });
    html.append("<tr><td>Ranks</td><td>").append(ranks.isEmpty() ? "none listed" : esc(String.join(" · ", ranks))).append("</td></tr>\n");
    List<String> sources = graph.find(main, DCTerms.source.asNode(), Node.ANY).mapWith(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString()).toList();
    html.append("<tr><td>Registry sources</td><td>");
    if ("true".equals(literal(graph, main, PG.provisional.asNode()))) {
      html.append("none: a provisional venue, named by a paper's own statement");
    } else if (sources.isEmpty()) {
      html.append("none recorded");
    } else {
      html.append(String.join("<br>", sources.stream().sorted().map(HtmlPage::esc).toList()));
    }
    html.append("</td></tr>\n</table>\n");
  }

  private static String literal(Graph graph, Node s, Node p) {
    var it = graph.find(s, p, Node.ANY);
    while (it.hasNext()) {
      Node o = it.next().getObject();
      if (o.isLiteral()) {
        return o.getLiteralLexicalForm();
      }
    }
    return null;
  }

  private String label(Node node, Graph graph) {
    for (String p : LABELS) {
      var it = graph.find(node, org.apache.jena.graph.NodeFactory.createURI(p), Node.ANY);
      if (it.hasNext()) {
        Node o = it.next().getObject();
        if (o.isLiteral()) {
          return o.getLiteralLexicalForm();
        }
      }
    }
    return node.isURI() ? prefixes.shortForm(node.getURI()) : node.toString();
  }

  private String value(Node n) {
    if (n.isURI()) {
      String uri = n.getURI();
      String href = uri.startsWith(base) ? "/" + uri.substring(base.length()) : uri;
      if (!href.startsWith("/") && !href.startsWith("http://") && !href.startsWith("https://")) {
        return "<code>" + esc(uri) + "</code>";
      }
      return "<a href=\"" + esc(href) + "\">" + esc(prefixes.shortForm(uri)) + "</a>";
    }
    if (n.isBlank()) {
      return "<a href=\"#" + esc(n.getBlankNodeLabel()) + "\">_:" + esc(n.getBlankNodeLabel()) + "</a>";
    }
    if (n.isLiteral()) {
      String lang = n.getLiteralLanguage();
      String text = esc(n.getLiteralLexicalForm());
      return lang.isEmpty() ? text : "<span lang=\"" + esc(lang) + "\">" + text + "</span>";
    }
    return esc(n.toString());
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
