package org.papergraph.core.store;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Triple;

/**
 * What one write did to one named graph.
 *
 * @param graph the graph's name
 * @param existedBefore true when the graph held triples before the write
 * @param existsAfter true when it holds triples after the write
 * @param added the triples the write added that the graph did not hold before (empty when
 *     {@code quadsKnown} is false)
 * @param deleted the triples the write removed that the graph held before (empty when
 *     {@code quadsKnown} is false)
 * @param quadsKnown false when the write was too large to keep its triples in memory
 *     ({@link WriteChanges#MAX_RECORDED_QUADS}): only that the graph changed is known
 */
public record GraphChange(
    String graph, boolean existedBefore, boolean existsAfter, Collection<Triple> added, Collection<Triple> deleted, boolean quadsKnown) {

  /** How a write changed a graph, as a change feed names it. */
  public enum Kind {
    CREATE,
    UPDATE,
    DELETE
  }

  public GraphChange {
    added = quadsKnown ? added : List.of();
    deleted = quadsKnown ? deleted : List.of();
  }

  public Kind kind() {
    if (!existedBefore) {
      return Kind.CREATE;
    }
    return existsAfter ? Kind.UPDATE : Kind.DELETE;
  }
}
