package org.papergraph.core.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.core.Iris;

/**
 * A local store's dataset as the store's own code sees it: the named graphs, plus the two
 * reserved graphs of its bookkeeping, the change feed's journal ({@link Iris#FEED_GRAPH}) and the
 * sync state ({@link Iris#SYNC_GRAPH}), which are kept in TDB2's stored default graph.
 *
 * <p>Why there: queries take the union of the named graphs as their default graph, and neither
 * that union nor {@code GRAPH ?g} includes the stored default graph, so the bookkeeping stays out
 * of every query without a filter on each quad a query reads (TDB2's tuple filter, which cost
 * whole-graph aggregates a fifth of their throughput).
 *
 * <p>The stored default graph holds one set of triples, so the two graphs are told apart by
 * subject: the sync state's triples are all about {@code <urn:papergraph:sync>}, and every other
 * triple there is the journal's. Writes keep to that: a triple of the sync state must have that
 * subject, a triple of the journal must not, and no other reserved graph can be written. The
 * stored default graph itself reads as empty here and refuses writes by its own name, so that
 * nothing can reach the bookkeeping but through these two graphs.
 *
 * <p>Not a {@link DatasetGraphWrapperView}: the WHERE clause of an update written through it
 * runs on the dataset below, natively on TDB2 and over the union of the named graphs. A query
 * meant to read the bookkeeping runs on {@link #forQueries()}.
 */
final class ReservedGraphView extends QuadRoutedDataset {
  static final Node FEED = NodeFactory.createURI(Iris.FEED_GRAPH);
  static final Node SYNC = NodeFactory.createURI(Iris.SYNC_GRAPH);
  private static final Node STORED = Quad.defaultGraphIRI;

  ReservedGraphView(DatasetGraph dataset) {
    super(dataset);
  }

  /** This view as a query must see it: Jena's query engines take it as it is, instead of the dataset below. */
  DatasetGraph forQueries() {
    return new QueryView(this);
  }

  private static final class QueryView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    QueryView(DatasetGraph view) {
      super(view);
    }
  }

  /** True for a graph name under {@link Iris#RESERVED_PREFIX}. */
  static boolean isReserved(Node g) {
    return g != null && g.isURI() && Iris.isReserved(g.getURI());
  }

  /** The reserved graph a triple of the stored default graph belongs to, by its subject. */
  static Node owner(Node subject) {
    return SYNC.equals(subject) ? SYNC : FEED;
  }

  private static boolean isAny(Node n) {
    return n == null || Node.ANY.equals(n);
  }

  private DatasetGraph below() {
    return getW();
  }

  // ---- reading ----

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    if (isAny(g)) {
      return Iter.concat(below().findNG(Node.ANY, s, p, o), stored(Node.ANY, s, p, o));
    }
    if (isReserved(g)) {
      return stored(g, s, p, o);
    }
    if (Quad.isDefaultGraph(g)) {
      return Iter.nullIterator();
    }
    return below().find(g, s, p, o);
  }

  /** The triples of the stored default graph that belong to {@code g} (any reserved graph when ANY), as quads of it. */
  private Iterator<Quad> stored(Node g, Node s, Node p, Node o) {
    if (SYNC.equals(g)) {
      if (!isAny(s) && !SYNC.equals(s)) {
        return Iter.nullIterator();
      }
      return Iter.map(below().find(STORED, SYNC, p, o), q -> Quad.create(SYNC, q.asTriple()));
    }
    if (FEED.equals(g)) {
      if (SYNC.equals(s)) {
        return Iter.nullIterator();
      }
      Iterator<Quad> found = below().find(STORED, s, p, o);
      if (isAny(s)) {
        found = Iter.filter(found, q -> !SYNC.equals(q.getSubject()));
      }
      return Iter.map(found, q -> Quad.create(FEED, q.asTriple()));
    }
    if (isAny(g)) {
      return Iter.map(below().find(STORED, s, p, o), q -> Quad.create(owner(q.getSubject()), q.asTriple()));
    }
    // Any other reserved name: no such graph is kept.
    return Iter.nullIterator();
  }

  @Override
  public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
    return find(g, s, p, o);
  }

  @Override
  public Iterator<Quad> find(Quad quad) {
    return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public Iterator<Quad> find() {
    return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    if (isReserved(g) || isAny(g) || Quad.isDefaultGraph(g)) {
      Iterator<Quad> it = find(g, s, p, o);
      try {
        return it.hasNext();
      } finally {
        Iter.close(it);
      }
    }
    return below().contains(g, s, p, o);
  }

  @Override
  public boolean contains(Quad quad) {
    return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public boolean containsGraph(Node g) {
    return isReserved(g) ? contains(g, Node.ANY, Node.ANY, Node.ANY) : below().containsGraph(g);
  }

  @Override
  public Iterator<Node> listGraphNodes() {
    Set<Node> graphs = new LinkedHashSet<>();
    below().listGraphNodes().forEachRemaining(graphs::add);
    for (Node g : new Node[] {FEED, SYNC}) {
      if (contains(g, Node.ANY, Node.ANY, Node.ANY)) {
        graphs.add(g);
      }
    }
    return graphs.iterator();
  }

  @Override
  public boolean isEmpty() {
    return !contains(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
  }

  @Override
  public long size() {
    long n = 0;
    for (Iterator<Node> it = listGraphNodes(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  // ---- writing ----

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    if (isReserved(g) || Quad.isDefaultGraph(g)) {
      below().add(STORED, requireOwned(g, s), p, o);
    } else {
      below().add(g, s, p, o);
    }
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    if (isReserved(g) || Quad.isDefaultGraph(g)) {
      below().delete(STORED, requireOwned(g, s), p, o);
    } else {
      below().delete(g, s, p, o);
    }
  }

  /** {@code s}, when a triple of reserved graph {@code g} may have it as its subject; else a clear refusal. */
  private static Node requireOwned(Node g, Node s) {
    if (FEED.equals(g) && !SYNC.equals(s) || SYNC.equals(g) && SYNC.equals(s)) {
      return s;
    }
    if (Quad.isDefaultGraph(g)) {
      throw new ReservedGraphException("the stored default graph <" + g.getURI() + "> holds the store's bookkeeping: write to the default graph"
          + " without naming it, or to a named graph; nothing was written");
    }
    if (SYNC.equals(g) || FEED.equals(g)) {
      throw new ReservedGraphException("graph <" + g.getURI() + "> is reserved for the store's bookkeeping: every triple of <" + Iris.SYNC_GRAPH
          + "> is about <" + Iris.SYNC_GRAPH + ">, and no other triple may be; nothing was written");
    }
    throw ReservedGraphException.reservedName(g.getURI(), "written");
  }

  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    if (isAny(g) || isReserved(g)) {
      // Collected first: the stored default graph cannot be changed while it is being read.
      var quads = Iter.toList(find(g, s, p, o));
      quads.forEach(this::delete);
      if (isAny(g)) {
        below().deleteAny(g, s, p, o);
      }
      return;
    }
    if (Quad.isDefaultGraph(g)) {
      return;
    }
    below().deleteAny(g, s, p, o);
  }
}
