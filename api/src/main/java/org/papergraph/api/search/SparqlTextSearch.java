package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/**
 * {@link TextSearch} by case-insensitive CONTAINS filters in SPARQL. Each word is bound as a
 * literal parameter ({@code ?w0}, {@code ?w1}, ...); only those variable names, never the
 * words, are written into the query text. Scores and highlights are computed here in Java.
 */
@Service
class SparqlTextSearch implements TextSearch {
  /** Passage width of a highlight, in characters. */
  static final int HIGHLIGHT_WIDTH = 160;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final String PAPERS = PROLOGUE + """
      SELECT ?s ?id ?title ?abstract WHERE {
        ?s a schema:ScholarlyArticle ; fabio:hasArXivId ?id .
        OPTIONAL { ?s dcterms:title ?title }
        OPTIONAL { ?s dcterms:abstract ?abstract }
        BIND(LCASE(CONCAT(COALESCE(STR(?title), ""), " ", COALESCE(STR(?abstract), ""))) AS ?text)
        FILTER(%s)
      }""";
  private static final String TOPICS = PROLOGUE + """
      SELECT ?s ?label ?alt WHERE {
        ?s a skos:Concept ; skos:prefLabel ?label .
        OPTIONAL { ?s skos:altLabel ?alt }
        BIND(LCASE(CONCAT(STR(?label), " ", COALESCE(STR(?alt), ""))) AS ?text)
        FILTER(%s)
      }""";
  private static final String VENUES = PROLOGUE + """
      SELECT ?s ?label ?name ?alt WHERE {
        ?s a schema:EventSeries .
        OPTIONAL { ?s skos:prefLabel ?label }
        OPTIONAL { ?s schema:name ?name }
        OPTIONAL { ?s skos:altLabel ?alt }
        BIND(LCASE(CONCAT(COALESCE(STR(?label), ""), " ", COALESCE(STR(?name), ""), " ", COALESCE(STR(?alt), ""))) AS ?text)
        FILTER(%s)
      }""";

  private final GraphStore store;
  private final EntityIds ids;
  private final Links links;

  SparqlTextSearch(GraphStore store, EntityIds ids, Links links) {
    this.store = store;
    this.ids = ids;
    this.links = links;
  }

  @Override
  public Hits papers(Terms terms, int limit) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    select(PAPERS, terms, s -> {
      String title = lexical(s.get("title"));
      String abstractText = lexical(s.get("abstract"));
      Link l = links.paper(lexical(s.get("id")), title);
      Map<String, String> hl = highlights(terms, "title", title, "abstract", abstractText);
      hits.putIfAbsent(l.iri(), new Hit(l.id(), l.iri(), title, l.href(), 3 * terms.occurrences(title) + terms.occurrences(abstractText), hl));
    });
    return best(hits, limit);
  }

  @Override
  public Hits topics(Terms terms, int limit) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    select(TOPICS, terms, s -> {
      String iri = s.getResource("s").getURI();
      if (ids.isTopic(iri)) {
        List<String> t = texts.computeIfAbsent(iri, k -> new ArrayList<>(List.of(lexical(s.get("label")))));
        String alt = lexical(s.get("alt"));
        if (alt != null && !t.contains(alt)) {
          t.add(alt);
        }
      }
    });
    Map<String, Hit> hits = new LinkedHashMap<>();
    texts.forEach((iri, t) -> {
      Link l = links.topic(iri, t.get(0));
      hits.put(iri, new Hit(l.id(), iri, l.label(), l.href(), score(terms, t), highlights(terms, "label", t.get(0), "altLabel", alt(terms, t))));
    });
    return best(hits, limit);
  }

  @Override
  public Hits venues(Terms terms, int limit) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    select(VENUES, terms, s -> {
      String iri = s.getResource("s").getURI();
      List<String> t = texts.computeIfAbsent(iri, k -> new ArrayList<>(List.of(orEmpty(lexical(s.get("label"))), orEmpty(lexical(s.get("name"))))));
      String alt = lexical(s.get("alt"));
      if (alt != null && !t.contains(alt)) {
        t.add(alt);
      }
    });
    Map<String, Hit> hits = new LinkedHashMap<>();
    texts.forEach((iri, t) -> {
      Link l = links.venue(iri, t.get(0));
      hits.put(iri, new Hit(l.id(), iri, l.label(), l.href(), score(terms, t),
          highlights(terms, "label", t.get(0), "name", t.get(1), "altLabel", alt(terms, t.subList(1, t.size())))));
    });
    return best(hits, limit);
  }

  private static String alt(Terms terms, List<String> texts) {
    return texts.stream().skip(1).filter(a -> terms.occurrences(a) > 0).findFirst().orElse(null);
  }

  private static int score(Terms terms, List<String> texts) {
    // A match in the preferred label counts most; an exact label match most of all.
    int s = 3 * terms.occurrences(texts.get(0));
    for (String t : texts.subList(1, texts.size())) {
      s += terms.occurrences(t);
    }
    return texts.get(0).equalsIgnoreCase(terms.toString()) ? s + 100 : s;
  }

  private static Map<String, String> highlights(Terms terms, String... fieldAndText) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < fieldAndText.length; i += 2) {
      String h = terms.highlight(fieldAndText[i + 1], HIGHLIGHT_WIDTH);
      if (h != null) {
        out.put(fieldAndText[i], h);
      }
    }
    return out;
  }

  private static Hits best(Map<String, Hit> hits, int limit) {
    List<Hit> sorted = hits.values().stream()
        .sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::id, Comparator.reverseOrder()))
        .limit(limit)
        .toList();
    return new Hits(hits.size(), sorted);
  }

  /** Runs {@code template} with one CONTAINS filter per word, each word bound as a parameter. */
  private void select(String template, Terms terms, Consumer<QuerySolution> each) {
    List<String> filters = new ArrayList<>();
    for (int i = 0; i < terms.words().size(); i++) {
      filters.add("CONTAINS(?text, ?w" + i + ")");
    }
    ParameterizedSparqlString pss = new ParameterizedSparqlString(template.formatted(String.join(" && ", filters)));
    for (int i = 0; i < terms.words().size(); i++) {
      pss.setLiteral("w" + i, terms.words().get(i));
    }
    store.query(pss.asQuery(), qe -> {
      qe.execSelect().forEachRemaining(each);
      return null;
    });
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String lexical(RDFNode n) {
    return n == null || !n.isLiteral() ? null : n.asLiteral().getLexicalForm();
  }
}
