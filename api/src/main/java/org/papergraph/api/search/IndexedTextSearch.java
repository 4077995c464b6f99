package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.api.paper.PaperIndex;
import org.papergraph.api.paper.PaperText;
import org.papergraph.api.view.Selects;
import org.papergraph.api.view.ViewCache;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/**
 * {@link TextSearch} over views kept in memory until the store changes: papers through the
 * paper index's word dictionary ({@link PaperText}), topics and venues through their labels,
 * read from the store once per version. Matching is {@link Terms}': every word a
 * case-insensitive substring. Scores and highlights are computed here.
 */
@Service
class IndexedTextSearch implements TextSearch {
  /** Passage width of a highlight, in characters. */
  static final int HIGHLIGHT_WIDTH = 160;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query TOPICS = QueryFactory.create(PROLOGUE + """
      SELECT ?s ?label ?alt WHERE {
        ?s a skos:Concept ; skos:prefLabel ?label .
        OPTIONAL { ?s skos:altLabel ?alt }
      } ORDER BY ?s ?label ?alt""");
  private static final Query VENUES = QueryFactory.create(PROLOGUE + """
      SELECT ?s ?label ?name ?alt WHERE {
        ?s a schema:EventSeries .
        OPTIONAL { ?s skos:prefLabel ?label }
        OPTIONAL { ?s schema:name ?name }
        OPTIONAL { ?s skos:altLabel ?alt }
      } ORDER BY ?s ?label ?name ?alt""");

  /**
   * A topic or venue and its texts: the first is the one shown (the label), the others match
   * too; {@code lower} holds them all in lower case, in the same order.
   */
  private record Labelled(String iri, List<String> texts, List<String> lower) {}

  private final GraphStore store;
  private final EntityIds ids;
  private final Links links;
  private final PaperIndex index;
  private final ViewCache cache;

  IndexedTextSearch(GraphStore store, EntityIds ids, Links links, PaperIndex index, ViewCache cache) {
    this.store = store;
    this.ids = ids;
    this.links = links;
    this.index = index;
    this.cache = cache;
  }

  @Override
  public Hits papers(Terms terms, int limit) {
    PaperIndex.Snapshot snap = index.snapshot();
    PaperText.Scores text = index.text(snap).scored(terms);
    BitSet matching = text.matching();
    // Only the best are kept whole; every match is scored.
    record Scored(int position, int score) {}
    List<Scored> scored = new ArrayList<>(matching.cardinality());
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      scored.add(new Scored(i, text.score(i)));
    }
    List<Hit> best = scored.stream()
        .sorted(Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> snap.rows().get(s.position()).id(), Comparator.reverseOrder()))
        .limit(limit)
        .map(s -> {
          PaperIndex.Row r = snap.rows().get(s.position());
          Link l = links.paper(r.id(), r.title());
          return new Hit(l.id(), l.iri(), r.title(), l.href(), s.score(), highlights(terms, "title", r.title(), "abstract", r.abstractText()));
        })
        .toList();
    return new Hits(scored.size(), best);
  }

  @Override
  public Hits topics(Terms terms, int limit) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    for (Labelled t : labelled("search-topics", TOPICS, List.of("label"), true)) {
      if (allIn(terms, t.lower())) {
        Link l = links.topic(t.iri(), t.texts().get(0));
        hits.put(t.iri(), new Hit(l.id(), t.iri(), l.label(), l.href(), score(terms, t.texts()),
            highlights(terms, "label", t.texts().get(0), "altLabel", alt(terms, t.texts()))));
      }
    }
    return best(hits, limit);
  }

  @Override
  public Hits venues(Terms terms, int limit) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    for (Labelled v : labelled("search-venues", VENUES, List.of("label", "name"), false)) {
      if (allIn(terms, v.lower())) {
        List<String> t = v.texts();
        Link l = links.venue(v.iri(), t.get(0));
        hits.put(v.iri(), new Hit(l.id(), v.iri(), l.label(), l.href(), score(terms, t),
            highlights(terms, "label", t.get(0), "name", t.get(1), "altLabel", alt(terms, t.subList(1, t.size())))));
      }
    }
    return best(hits, limit);
  }

  /**
   * The subjects of {@code query} with their texts: the variables in {@code fixed} (the first
   * solution's value, or "" when unbound), then every distinct {@code ?alt}; cached until the
   * store changes.
   */
  private List<Labelled> labelled(String key, Query query, List<String> fixed, boolean topicsOnly) {
    return cache.get(key, () -> {
      Map<String, List<String>> texts = new LinkedHashMap<>();
      Selects.forEach(store, query, s -> {
        String iri = s.getResource("s").getURI();
        if (iri == null || (topicsOnly && !ids.isTopic(iri))) {
          return;
        }
        List<String> t = texts.computeIfAbsent(iri, k -> {
          List<String> first = new ArrayList<>();
          fixed.forEach(v -> first.add(orEmpty(Selects.lexical(s.get(v)))));
          return first;
        });
        String alt = Selects.lexical(s.get("alt"));
        if (alt != null && !t.contains(alt)) {
          t.add(alt);
        }
      });
      List<Labelled> out = new ArrayList<>();
      texts.forEach((iri, t) -> out.add(new Labelled(iri, List.copyOf(t), t.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList())));
      return List.copyOf(out);
    });
  }

  private static boolean allIn(Terms terms, List<String> lower) {
    for (String w : terms.words()) {
      boolean found = false;
      for (String t : lower) {
        if (t.contains(w)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
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

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
