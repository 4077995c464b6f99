package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.api.config.RestProperties;
import org.papergraph.api.index.Selects;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphValues;
import org.papergraph.core.store.TextMatch;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/**
 * Full-text search over papers, topics and venues, answered by the store's text search
 * ({@link GraphStore#searchText}): on the local stores the Lucene index behind {@code text:query}
 * in SPARQL, so that both find the same; on a remote store the server's own index where it has
 * one ({@code papergraph.store.text-search}), a scan otherwise. Each request is one search,
 * whose matches are sorted into papers, topics and venues by their IRIs; the labels of the
 * matches shown are then read from the store, so a search right after a write sees it whole.
 */
@Service
class TextSearch {
  /**
   * How many matching subjects one search reads at most: the counts stop there. A search box
   * shows a handful; a long list of everything is /api/papers.
   */
  static final int MAX_MATCHES = 1000;

  /** The name of each highlighted field, by the property of its literal, in the order shown. */
  private static final Map<String, String> FIELDS = fields();

  // One pattern, no OPTIONAL or ORDER BY: which label wins is decided below, the same on every store.
  private static final Query LABELS = QueryFactory.create(Vocabularies.sparqlPrologue() + """
      SELECT ?s ?p ?label WHERE {
        VALUES ?p { skos:prefLabel dcterms:title schema:name }
        ?s ?p ?label
      }""");

  /** Which label a resource is shown by: its preferred label, else its title, else its name. */
  private static final List<String> LABEL_PROPERTIES = List.of(SKOS.prefLabel.getURI(), DCTerms.title.getURI(), SchemaDO.name.getURI());

  /** The matches of one type, counted, and the best {@code limit} of them. */
  record Hits(long count, List<Hit> results) {}

  /**
   * One match: its API id and href, label, score (higher is better, comparable within one
   * answer) and per matched field a passage with the matched words wrapped in {@code <em>}.
   */
  record Hit(String id, String iri, String label, String href, float score, Map<String, String> highlights) {}

  /**
   * How many labels are kept between writes at most: each search shows a few dozen, and one
   * read of the labels cost a tenth of a search.
   */
  static final int LABELS_KEPT = 100_000;

  private final GraphStore store;
  private final ViewQueries queries;
  private final ViewCache cache;
  private final EntityIds ids;
  private final Links links;
  private final long timeoutMillis;

  TextSearch(GraphStore store, ViewQueries queries, ViewCache cache, EntityIds ids, Links links, RestProperties rest) {
    this.store = store;
    this.queries = queries;
    this.cache = cache;
    this.ids = ids;
    this.links = links;
    this.timeoutMillis = rest.queryTimeout().toMillis();
  }

  /** Per type asked for ({@code paper}, {@code topic}, {@code venue}), the matches of {@code q}. */
  Map<String, Hits> search(String q, Collection<String> types, int limit) {
    // The same search again before the next write is the same answer: popular searches are
    // answered from memory, as the REST views are.
    return cache.getAnswer("search " + limit + " " + String.join(",", types) + " " + q, () -> Collections.unmodifiableMap(find(q, types, limit)));
  }

  private Map<String, Hits> find(String q, Collection<String> types, int limit) {
    Map<String, List<TextMatch>> byType = new HashMap<>();
    for (TextMatch m : matches(q)) {
      String type = typeOf(m.subject());
      if (type != null && types.contains(type)) {
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(m);
      }
    }
    // Labels only for the matches shown, in one query; where they matched, read in one go too.
    Map<String, List<TextMatch>> shownByType = new HashMap<>();
    List<TextMatch> shownMatches = new ArrayList<>();
    byType.forEach((type, ms) -> {
      List<TextMatch> best = best(ms, limit);
      shownByType.put(type, best);
      shownMatches.addAll(best);
    });
    Set<String> shown = new LinkedHashSet<>();
    shownMatches.forEach(m -> shown.add(m.subject()));
    TextMatch.readAll(shownMatches);
    Map<String, String> labels = labels(shown);
    Map<String, Hits> out = new LinkedHashMap<>();
    for (String type : types) {
      Function<String, Link> link = switch (type) {
        case "paper" -> iri -> links.paper(ids.paperId(iri), labels.get(iri));
        case "topic" -> iri -> links.topic(iri, labels.get(iri));
        default -> iri -> links.venue(iri, labels.get(iri));
      };
      List<TextMatch> ms = byType.getOrDefault(type, List.of());
      List<Hit> best = shownByType.getOrDefault(type, List.of()).stream().map(m -> {
        Link l = link.apply(m.subject());
        return new Hit(l.id(), l.iri(), l.label(), l.href(), m.score(), highlights(m));
      }).toList();
      out.put(type, new Hits(ms.size(), best));
    }
    return out;
  }

  /**
   * The best {@code depth} papers matching {@code q}, best first, as matches whose text is not
   * read yet: a ranking to fuse with another, of which only the few shown need their highlights
   * ({@link #highlightsOf}).
   */
  List<TextMatch> paperMatches(String q, int depth) {
    return best(matches(q).stream().filter(m -> "paper".equals(typeOf(m.subject()))).toList(), depth);
  }

  /** The highlights of each of {@code matches}, by subject, their texts read in one go. */
  static Map<String, Map<String, String>> highlightsOf(Collection<TextMatch> matches) {
    TextMatch.readAll(matches);
    Map<String, Map<String, String>> out = new HashMap<>();
    matches.forEach(m -> out.put(m.subject(), highlights(m)));
    return out;
  }

  private List<TextMatch> matches(String q) {
    try {
      return store.searchText(q, MAX_MATCHES, timeoutMillis);
    } catch (IllegalArgumentException e) {
      // A search the store's index cannot run as asked (Virtuoso's: a prefix of under 4 characters).
      throw new BadRequestException("q: " + e.getMessage());
    }
  }

  private static final Comparator<TextMatch> BEST_FIRST = (a, b) -> {
    int byScore = Float.compare(b.score(), a.score());
    return byScore != 0 ? byScore : a.subject().compareTo(b.subject());
  };

  /**
   * The best {@code limit} of {@code matches}, best first. A local store's search returns them in
   * this order already, which a sort of a sorted list confirms in one pass.
   */
  private static List<TextMatch> best(List<TextMatch> matches, int limit) {
    List<TextMatch> sorted = new ArrayList<>(matches);
    sorted.sort(BEST_FIRST);
    return sorted.size() > limit ? sorted.subList(0, limit) : sorted;
  }

  /**
   * The type of the resource {@code iri} names, from the IRI alone: the text index holds literals
   * of other resources too (a topic scheme's title, a venue edition's name), which are not shown.
   */
  private String typeOf(String iri) {
    if (ids.isPaper(iri)) {
      return "paper";
    }
    if (ids.isTopic(iri)) {
      return "topic";
    }
    return ids.isVenueSeries(iri) ? "venue" : null;
  }

  /**
   * The label of each of {@code iris}: its preferred label, else its title, else its name; of
   * several, the first in code-point order. Kept until the store changes (none is an answer too),
   * so that a search reads only the labels it has not shown since the last write.
   */
  Map<String, String> labels(Set<String> iris) {
    // A new map after every write: labels read before it are not served after it.
    Map<String, Optional<String>> kept = cache.get("search.labels", ConcurrentHashMap::new);
    Map<String, String> out = new HashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    for (String iri : iris) {
      Optional<String> label = kept.get(iri);
      if (label == null) {
        missing.add(iri);
      } else {
        label.ifPresent(l -> out.put(iri, l));
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    Map<String, String> read = readLabels(missing);
    if (kept.size() + missing.size() > LABELS_KEPT) {
      kept.clear();
    }
    for (String iri : missing) {
      kept.put(iri, Optional.ofNullable(read.get(iri)));
    }
    out.putAll(read);
    return out;
  }

  private Map<String, String> readLabels(Set<String> iris) {
    Map<String, String> out = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    queries.forEach(GraphValues.restrict(LABELS, "s", iris), s -> {
      String label = Selects.lexical(s.get("label"));
      if (label == null || !s.get("s").isURIResource()) {
        return;
      }
      String iri = s.getResource("s").getURI();
      int r = LABEL_PROPERTIES.indexOf(s.getResource("p").getURI());
      Integer held = rank.get(iri);
      if (held == null || r < held || (r == held && label.compareTo(out.get(iri)) < 0)) {
        rank.put(iri, r);
        out.put(iri, label);
      }
    });
    return out;
  }

  private static Map<String, String> highlights(TextMatch m) {
    Map<String, String> out = new LinkedHashMap<>();
    FIELDS.forEach((property, field) -> {
      String h = m.highlights().get(property);
      if (h != null) {
        out.put(field, h);
      }
    });
    return out;
  }

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(DCTerms.title.getURI(), "title");
    f.put(DCTerms.abstract_.getURI(), "abstract");
    f.put(SKOS.prefLabel.getURI(), "label");
    f.put(SchemaDO.name.getURI(), "name");
    f.put(SKOS.altLabel.getURI(), "altLabel");
    return Collections.unmodifiableMap(f);
  }
}
