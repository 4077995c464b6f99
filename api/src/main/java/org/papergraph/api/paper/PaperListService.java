package org.papergraph.api.paper;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.config.RestProperties;
import org.papergraph.api.index.PaperOrder;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.Links;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.TextMatch;
import org.springframework.stereotype.Service;

/** Filters, sorts, pages and facets the paper index. */
@Service
public class PaperListService {
  /** Facets list at most this many values, the most frequent first. */
  static final int FACET_LIMIT = 50;

  private final PaperIndex index;
  private final GraphStore store;
  private final Links links;
  private final ViewCache cache;
  private final long timeoutMillis;

  PaperListService(PaperIndex index, GraphStore store, Links links, ViewCache cache, RestProperties rest) {
    this.index = index;
    this.store = store;
    this.links = links;
    this.cache = cache;
    this.timeoutMillis = rest.queryTimeout().toMillis();
  }

  /** A matching paper with its relevance (0 without a text query). */
  record Scored(PaperIndex.Row row, float score) {}

  PaperPage list(PaperQuery q) {
    PaperIndex.Snapshot snap = index.snapshot();
    requireKnown(snap, q);
    TextScores text = q.text() == null ? null : textMatches(snap, q.text());
    BitSet candidates = candidates(snap, q, text);
    Page page = new Page(q, q.cursor() == null ? null : new Scored(keyRow(q.cursor()), q.cursor().score()));
    if (q.sort().equals("relevance")) {
      List<Scored> matching = new ArrayList<>();
      forEachMatch(snap, q, candidates, false, i -> {
        matching.add(new Scored(snap.rows().get(i), text == null ? 0 : text.score(i)));
        return true;
      });
      matching.sort(page.order);
      page.total = matching.size();
      for (Scored s : matching) {
        if (!page.offer(s)) {
          break;
        }
      }
    } else {
      // The snapshot is newest first, and date:asc walks it backwards: in either order the page
      // is read off as the walk passes it. Without date or code filters every candidate
      // matches, so the total is known and the walk stops after the page; with them, the rest
      // of the walk only counts.
      boolean countAll = q.filtersDatesOrCode();
      if (!countAll) {
        page.total = candidates == null ? snap.rows().size() : candidates.get(0, snap.rows().size()).cardinality();
      }
      forEachMatch(snap, q, candidates, q.sort().equals("date:asc"), i -> {
        if (countAll) {
          page.total++;
        }
        return (!page.more && page.offer(new Scored(snap.rows().get(i), text == null ? 0 : text.score(i)))) || countAll;
      });
    }
    String next = null;
    if (page.more && !page.items.isEmpty()) {
      Scored last = page.items.get(page.items.size() - 1);
      next = new Cursor(q.sort(), last.score(), last.row().created(), last.row().id()).encode();
    }
    List<PaperPage.Summary> results = page.items.stream().map(s -> summary(snap, s.row(), q.text() == null ? null : s.score())).toList();
    Map<String, List<PaperPage.FacetValue>> facets = new LinkedHashMap<>();
    for (String f : q.facets()) {
      // The same filters give the same counts until the store changes, whatever the page.
      facets.put(f, cache.getRecent("facet " + f + " " + q.filterKey(), snap, () -> facet(snap, facetCounts(snap, q, candidates, f), f)));
    }
    return new PaperPage(new PaperPage.Meta(page.total, q.perPage(), q.sort(), next), results, facets);
  }

  /** One page being filled from matches handed over in the list's order, and the total matched. */
  static final class Page {
    private final int size;
    private final Comparator<Scored> order;
    private final Scored after;
    final List<Scored> items;
    int total;
    boolean more;

    Page(PaperQuery q, Scored after) {
      this(q.perPage(), q.sort(), after);
    }

    Page(int size, String sort, Scored after) {
      this.size = size;
      this.order = order(sort);
      this.after = after;
      this.items = new ArrayList<>(size);
    }

    /** Takes the next match unless it is not past the cursor; false once the page is full and another match follows. */
    boolean offer(Scored s) {
      if (after != null && order.compare(s, after) <= 0) {
        return true;
      }
      if (items.size() == size) {
        more = true;
        return false;
      }
      items.add(s);
      return true;
    }
  }

  /**
   * Hands over the position of every paper that passes all filters, in the snapshot's order
   * (newest first) or, with {@code backwards}, oldest first, until {@code action} says stop.
   */
  private static void forEachMatch(PaperIndex.Snapshot snap, PaperQuery q, BitSet candidates, boolean backwards, IntPredicate action) {
    List<PaperIndex.Row> rows = snap.rows();
    int n = rows.size();
    if (!backwards) {
      for (int i = candidates == null ? 0 : candidates.nextSetBit(0); i >= 0 && i < n; i = candidates == null ? i + 1 : candidates.nextSetBit(i + 1)) {
        if (q.matchesDatesAndCode(rows.get(i)) && !action.test(i)) {
          return;
        }
      }
    } else {
      for (int i = candidates == null ? n - 1 : candidates.previousSetBit(n - 1); i >= 0; i = candidates == null ? i - 1 : candidates.previousSetBit(i - 1)) {
        if (q.matchesDatesAndCode(rows.get(i)) && !action.test(i)) {
          return;
        }
      }
    }
  }

  /**
   * The positions matching the topic, venue, owner and text filters (values of one filter are
   * alternatives, filters all apply); null when none of those is given.
   */
  private static BitSet candidates(PaperIndex.Snapshot snap, PaperQuery q, TextScores text) {
    BitSet out = null;
    out = restrict(out, q.topics(), snap::withTopic);
    out = restrict(out, q.venues(), snap::atVenue);
    out = restrict(out, q.owners(), snap::ofOwner);
    if (text != null) {
      BitSet t = (BitSet) text.matching().clone();
      if (out == null) {
        out = t;
      } else {
        out.and(t);
      }
    }
    return out;
  }

  private static BitSet restrict(BitSet current, Collection<String> values, Function<String, int[]> postings) {
    if (values.isEmpty()) {
      return current;
    }
    BitSet any = new BitSet();
    for (String v : values) {
      for (int p : postings.apply(v)) {
        any.set(p);
      }
    }
    if (current != null) {
      any.and(current);
    }
    return any;
  }

  /** The papers of a snapshot that match a text, by position, and the score of each by position. */
  private record TextScores(BitSet matching, float[] scores) {
    float score(int position) {
      return scores[position];
    }
  }

  /**
   * The papers of {@code snap} matching {@code text} by the store's text search, the one rule of
   * {@code /api/search} and {@code text:query}, scored as it scores them. The search is asked
   * for every match: its limit counts topics and venues too, so while an answer fills it the
   * search is asked again for twice as many.
   */
  private TextScores textMatches(PaperIndex.Snapshot snap, String text) {
    Map<String, Float> scores = new HashMap<>();
    int limit = 2 * snap.rows().size() + MIN_TEXT_MATCHES;
    List<TextMatch> matches;
    while ((matches = store.searchText(text, limit, timeoutMillis)).size() >= limit && limit < Integer.MAX_VALUE / 8) {
      limit *= 2;
    }
    for (TextMatch m : matches) {
      scores.putIfAbsent(m.subject(), m.score());
    }
    List<PaperIndex.Row> rows = snap.rows();
    BitSet matching = new BitSet(rows.size());
    float[] byPosition = new float[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Float score = scores.get(rows.get(i).iri());
      if (score != null) {
        matching.set(i);
        byPosition[i] = score;
      }
    }
    return new TextScores(matching, byPosition);
  }

  /** The text search's first limit, however few papers there are: topics and venues match too. */
  private static final int MIN_TEXT_MATCHES = 1000;

  /** A filter on something the graph does not have is a mistake, not an empty answer. */
  private void requireKnown(PaperIndex.Snapshot snap, PaperQuery q) {
    for (String t : q.topics()) {
      if (snap.label(t) == null && snap.withTopic(t).length == 0) {
        throw new BadRequestException("topic: there is no topic '" + links.topic(t, null).id() + "'");
      }
    }
    for (String v : q.venues()) {
      if (snap.label(v) == null && snap.atVenue(v).length == 0) {
        throw new BadRequestException("venue: there is no venue '" + links.venue(v, null).id() + "'");
      }
    }
    for (String o : q.owners()) {
      if (snap.ofOwner(o).length == 0) {
        throw new BadRequestException("owner: there is no repository owner '" + links.owner(o).id() + "'");
      }
    }
  }

  PaperPage.Summary summary(PaperIndex.Snapshot snap, PaperIndex.Row r, Float relevance) {
    return new PaperPage.Summary(
        r.id(),
        r.iri(),
        "/api/papers/" + r.id(),
        r.title(),
        r.created().toString(),
        r.topics().stream().map(t -> {
          var l = links.topic(t.iri(), snap.label(t.iri()));
          return new PaperPage.TopicLink(l.id(), l.iri(), l.label(), t.score(), l.href());
        }).toList(),
        r.venues().stream().map(v -> {
          var l = links.venue(v.series(), snap.label(v.series()));
          return new PaperPage.VenueLink(l.id(), l.iri(), l.label(), v.edition(), v.year(), l.href());
        }).toList(),
        r.repositories().stream().map(links::repository).toList(),
        r.owners().stream().map(links::owner).toList(),
        r.hasCode(),
        relevance);
  }

  /** A key-only row: the cursor's paper may have been deleted since, and only its key matters. */
  static PaperIndex.Row keyRow(Cursor c) {
    return new PaperIndex.Row(c.id(), null, c.created(), null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static Comparator<Scored> order(String sort) {
    Comparator<Scored> newest = Comparator.comparing(Scored::row, PaperOrder.NEWEST_FIRST);
    return switch (sort) {
      case "date:asc" -> Comparator.comparing(Scored::row, PaperOrder.OLDEST_FIRST);
      case "relevance" -> Comparator.comparing(Scored::score).reversed().thenComparing(newest);
      default -> newest;
    };
  }

  /**
   * Matching papers per value of {@code facet}. Without filters every paper matches, and the
   * counts of topics, venues and owners are the lengths of the index's postings: a cost that
   * follows the number of values, not of papers.
   */
  private static Map<String, Long> facetCounts(PaperIndex.Snapshot snap, PaperQuery q, BitSet candidates, String facet) {
    boolean all = candidates == null && !q.filtersDatesOrCode();
    switch (facet) {
      case "topic", "venue", "owner" -> {
        if (all) {
          return PaperIndex.Snapshot.counts(snap.postings(facet));
        }
        Map<String, Long> counts = new HashMap<>();
        forEachMatch(snap, q, candidates, false, i -> {
          PaperIndex.Row r = snap.rows().get(i);
          switch (facet) {
            case "topic" -> r.topics().forEach(t -> counts.merge(t.iri(), 1L, Long::sum));
            case "venue" -> r.venues().stream().map(PaperIndex.VenueRef::series).distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
            default -> r.owners().forEach(o -> counts.merge(o, 1L, Long::sum));
          }
          return true;
        });
        return counts;
      }
      default -> {
        Map<Integer, Long> years = new HashMap<>();
        forEachMatch(snap, q, candidates, false, i -> {
          years.merge(snap.rows().get(i).created().getYear(), 1L, Long::sum);
          return true;
        });
        Map<String, Long> counts = new HashMap<>();
        years.forEach((y, n) -> counts.put(Integer.toString(y), n));
        return counts;
      }
    }
  }

  private List<PaperPage.FacetValue> facet(PaperIndex.Snapshot snap, Map<String, Long> counts, String facet) {
    return counts.entrySet().stream()
        .map(e -> switch (facet) {
          case "topic" -> {
            var l = links.topic(e.getKey(), snap.label(e.getKey()));
            yield new PaperPage.FacetValue(l.id(), l.label(), e.getValue());
          }
          case "venue" -> {
            var l = links.venue(e.getKey(), snap.label(e.getKey()));
            yield new PaperPage.FacetValue(l.id(), l.label(), e.getValue());
          }
          case "owner" -> {
            var l = links.owner(e.getKey());
            yield new PaperPage.FacetValue(l.id(), l.label(), e.getValue());
          }
          default -> new PaperPage.FacetValue(e.getKey(), e.getKey(), e.getValue());
        })
        .sorted(Comparator.comparingLong(PaperPage.FacetValue::count).reversed().thenComparing(PaperPage.FacetValue::id))
        .limit(FACET_LIMIT)
        .toList();
  }
}
