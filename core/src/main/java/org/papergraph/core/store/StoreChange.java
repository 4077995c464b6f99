package org.papergraph.core.store;

import java.util.Collection;
import java.util.Set;

/**
 * One committed write to a {@link GraphStore}, as {@link AnnouncingStore} announces it.
 *
 * @param version the store's version after the write: 1 for the first write, one more for each
 *     write after it
 * @param graphs the names of the named graphs the write may have changed; meaningless when
 *     {@code allGraphs} is true
 * @param allGraphs true when which graphs the write changed is not known (a SPARQL update whose
 *     templates name graphs by variable, say): any graph may have changed
 */
public record StoreChange(long version, Set<String> graphs, boolean allGraphs) {
  public StoreChange {
    graphs = allGraphs ? Set.of() : Set.copyOf(graphs);
  }

  /** A change to these graphs and no others. */
  public static StoreChange of(long version, Collection<String> graphs) {
    return new StoreChange(version, Set.copyOf(graphs), false);
  }

  /** A change to graphs that are not known. */
  public static StoreChange ofAnyGraph(long version) {
    return new StoreChange(version, Set.of(), true);
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
