package org.papergraph.api.index;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The entities of one kind that papers point at (topics, venue series, repositories), as their
 * REST services need them: the entities read from the store, how many papers of the paper index
 * point at each, and one entity's view, all kept until the store changes; and the list of them
 * with the most papers first.
 *
 * @param <E> one entity as its service reads it
 */
public final class EntityCatalog<E> {
  private final String kind;
  private final ViewCache cache;
  private final PaperIndex index;
  private final Supplier<Map<String, E>> read;
  private final Function<PaperIndex.Snapshot, Map<String, int[]>> postings;
  private final StoreChanges.Mark entriesChange;

  /**
   * @param kind names the kept views: {@code {kind}-entries}, {@code {kind}-paper-counts} and
   *     {@code {kind}:{iri}}
   * @param read reads the entities from the store, by IRI, in the order the list keeps when
   *     everything else ties
   * @param postings the snapshot's positions of the papers that point at each entity of this kind
   * @param entriesChange follows the writes that may change what {@code read} reads, when that is
   *     known ({@link StoreChanges#markChanging}): the entries are kept across all other writes;
   *     null to read them again after every write
   */
  public EntityCatalog(String kind, ViewCache cache, PaperIndex index, Supplier<Map<String, E>> read,
      Function<PaperIndex.Snapshot, Map<String, int[]>> postings, StoreChanges.Mark entriesChange) {
    this.kind = kind;
    this.entriesChange = entriesChange;
    this.cache = cache;
    this.index = index;
    this.read = read;
    this.postings = postings;
  }

  /** The name under which the catalog of {@code kind} keeps its entities in the {@link ViewCache}. */
  public static String entriesKey(String kind) {
    return kind + "-entries";
  }

  /** The entities by IRI. */
  public Map<String, E> entries() {
    return entriesChange == null ? cache.get(entriesKey(kind), read) : cache.getUntil(entriesKey(kind), entriesChange, read);
  }

  /** Papers per entity IRI; entities no paper points at are missing. */
  public Map<String, Long> paperCounts() {
    return cache.get(kind + "-paper-counts", () -> PaperIndex.Snapshot.counts(postings.apply(index.snapshot())));
  }

  /**
   * The entities that pass {@code filter}, the most papers first and ties in {@code tieBreak}'s
   * order, at most {@code limit}, each made into a summary with its paper count.
   */
  public <S> List<S> mostPapersFirst(Predicate<E> filter, Comparator<E> tieBreak, int limit, BiFunction<E, Long, S> summary) {
    record Counted<E>(E entry, long papers) {}
    Map<String, Long> counts = paperCounts();
    return entries().entrySet().stream()
        .filter(e -> filter.test(e.getValue()))
        .map(e -> new Counted<>(e.getValue(), counts.getOrDefault(e.getKey(), 0L)))
        .sorted(Comparator.comparingLong((Counted<E> c) -> c.papers()).reversed().thenComparing(Counted::entry, tieBreak))
        .limit(limit)
        .map(c -> summary.apply(c.entry(), c.papers()))
        .toList();
  }

  /** The view of entity {@code iri}, computed by {@code compute} once per store version. */
  public <V> V view(String iri, Function<String, V> compute) {
    return cache.get(kind + ":" + iri, () -> compute.apply(iri));
  }
}
