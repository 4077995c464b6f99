package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.PaperText;
import org.papergraph.api.index.Selects;
import org.papergraph.api.index.Terms;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
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
   * too; {@code lower} holds them all in lower case, one a line (a query word has no line break,
   * so it occurs in one of the texts exactly when it occurs here).
   */
  private record Labelled(String iri, List<String> texts, String lower) {}

  private final ViewQueries queries;
  private final EntityIds ids;
  private final Links links;
  private final PaperIndex index;
  private final ViewCache cache;

  IndexedTextSearch(ViewQueries queries, EntityIds ids, Links links, PaperIndex index, ViewCache cache) {
    this.queries = queries;
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
    // Every match is scored; only the best `limit` are kept, in a heap whose head is the
    // weakest: lowest score, then lowest id (ties list the highest id first).
    Comparator<Integer> weakestFirst = Comparator.<Integer>comparingInt(text::score)
        .thenComparing(i -> snap.rows().get(i).id());
    PriorityQueue<Integer> kept = new PriorityQueue<>(weakestFirst);
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      kept.add(i);
      if (kept.size() > limit) {
        kept.poll();
      }
    }
    List<Integer> bestFirst = new ArrayList<>(kept);
    bestFirst.sort(weakestFirst.reversed());
    List<Hit> best = bestFirst.stream()
        .map(i -> {
          PaperIndex.Row r = snap.rows().get(i);
          Link l = links.paper(r.id(), r.title());
          return new Hit(l.id(), l.iri(), r.title(), l.href(), text.score(i), highlights(terms, "title", r.title(), "abstract", r.abstractText()));
        })
        .toList();
    return new Hits(matching.cardinality(), best);
  }

  @Override
  public Hits topics(Terms terms, int limit) {
    return best(terms, limit, labelled("search-topics", TOPICS, List.of("label"), true),
        t -> links.topic(t.iri(), t.texts().get(0)),
        (l, t) -> highlights(terms, "label", t.get(0), "altLabel", alt(terms, t)));
  }

  @Override
  public Hits venues(Terms terms, int limit) {
    return best(terms, limit, labelled("search-venues", VENUES, List.of("label", "name"), false),
        v -> links.venue(v.iri(), v.texts().get(0)),
        (l, t) -> highlights(terms, "label", t.get(0), "name", t.get(1), "altLabel", alt(terms, t.subList(1, t.size()))));
  }

  /**
   * The matches among {@code candidates}, best first (score, then id from the highest), the
   * highlights made for the {@code limit} kept only.
   */
  private static Hits best(Terms terms, int limit, List<Labelled> candidates, Function<Labelled, Link> link,
      BiFunction<Link, List<String>, Map<String, String>> highlights) {
    record Match(Labelled labelled, Link link, int score) {}
    List<Match> matches = new ArrayList<>();
    for (Labelled c : candidates) {
      if (allIn(terms, c.lower())) {
        matches.add(new Match(c, link.apply(c), score(terms, c.texts())));
      }
    }
    List<Hit> hits = matches.stream()
        .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.link().id(), Comparator.reverseOrder()))
        .limit(limit)
        .map(m -> new Hit(m.link().id(), m.labelled().iri(), m.link().label(), m.link().href(), m.score(),
            highlights.apply(m.link(), m.labelled().texts())))
        .toList();
    return new Hits(matches.size(), hits);
  }

  /**
   * The subjects of {@code query} with their texts: the variables in {@code fixed} (the first
   * solution's value, or "" when unbound), then every distinct {@code ?alt}; cached until the
   * store changes.
   */
  private List<Labelled> labelled(String key, Query query, List<String> fixed, boolean topicsOnly) {
    return cache.get(key, () -> {
      Map<String, List<String>> texts = new LinkedHashMap<>();
      queries.forEach(query, s -> {
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
      texts.forEach((iri, t) -> out.add(new Labelled(iri, List.copyOf(t), String.join("\n", t).toLowerCase(Locale.ROOT))));
      return List.copyOf(out);
    });
  }

  private static boolean allIn(Terms terms, String lower) {
    for (String w : terms.words()) {
      if (!lower.contains(w)) {
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

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
