package org.papergraph.core.store;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Triple;

/**
 * One committed write to a {@link GraphStore}, as {@link AnnouncingStore} announces it.
 *
 * @param version the store's version after the write: 1 for the first write, one more for each
 *     write after it
 * @param graphs the names of the named graphs the write may have changed; meaningless when
 *     {@code allGraphs} is true
 * @param allGraphs true when which graphs the write changed is not known (a SPARQL update whose
 *     templates name graphs by variable, say): any graph may have changed
 * @param written the triples the write added and removed, graph by graph, where the store
 *     reports them (its write hooks); null where it does not. Valid while the change is
 *     announced: a listener that keeps the change must not keep this.
 */
public record StoreChange(long version, Set<String> graphs, boolean allGraphs, WriteChanges written) {
  public StoreChange {
    graphs = allGraphs ? Set.of() : Set.copyOf(graphs);
    written = allGraphs ? null : written;
  }

  /** Equal when the version and the graphs are: the triples are a view of the write, not its identity. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StoreChange c && c.version == version && c.allGraphs == allGraphs && c.graphs.equals(graphs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, graphs, allGraphs);
  }

  /** A change to these graphs and no others, its triples not known. */
  public static StoreChange of(long version, Collection<String> graphs) {
    return new StoreChange(version, Set.copyOf(graphs), false, null);
  }

  /** A change whose triples are known, graph by graph. */
  public static StoreChange of(long version, WriteChanges written) {
    return new StoreChange(version, written.graphNames(), false, written);
  }

  /** A change to graphs that are not known. */
  public static StoreChange ofAnyGraph(long version) {
    return new StoreChange(version, Set.of(), true, null);
  }

  /**
   * False only when the write is known to have neither added nor removed a triple that
   * {@code matters}: a view derived from such triples alone is still exact after it. True
   * wherever the triples are not known (a remote store, a write too large to keep its triples,
   * a bulk load).
   */
  public boolean mayChange(Predicate<Triple> matters) {
    return mayChange(matters, matters);
  }

  /**
   * The same, with a test for the triples the write added and another for those it removed: a
   * view that an added triple can only extend (a set of names, the least of some labels) may be
   * able to tell that one it already holds changes nothing, where a removed one might.
   */
  public boolean mayChange(Predicate<Triple> addedMatters, Predicate<Triple> deletedMatters) {
    if (written == null) {
      return true;
    }
    for (GraphChange g : written.graphs()) {
      if (!g.quadsKnown()) {
        return true;
      }
      for (Triple t : g.added()) {
        if (addedMatters.test(t)) {
          return true;
        }
      }
      for (Triple t : g.deleted()) {
        if (deletedMatters.test(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the write can only have changed graphs among {@code names}. */
  public boolean touchesOnly(Collection<String> names) {
    return !allGraphs && names.containsAll(graphs);
  }

  /** True when the write may have changed graph {@code name}. */
  public boolean mayTouch(String name) {
    return allGraphs || graphs.contains(name);
  }
}
