package org.papergraph.core.store;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What one write changed, graph by graph: the net effect, so a triple deleted and added again
 * within the write is no change, and a graph replaced by the same content is not changed at all.
 *
 * <p>A write keeps its changed triples in memory until it commits. Past {@link
 * #MAX_RECORDED_QUADS} of them (the restore of a whole dump, say) it forgets the triples and keeps
 * only which graphs changed and whether they exist before and after: {@link GraphChange#quadsKnown}
 * then says so, and a hook that needs the triples reads the graph from the dataset instead.
 */
public final class WriteChanges {
  /** The most changed triples one write keeps in memory for its hooks. */
  public static final long MAX_RECORDED_QUADS = 2_000_000;

  private final Map<Node, Entry> entries = new LinkedHashMap<>();
  private final long maxRecorded;
  private long recorded;
  private boolean quadsKnown = true;
  private boolean bulkLoad;
  private List<GraphChange> changes;
  private Predicate<Node> newToStore = n -> false;

  WriteChanges() {
    this(MAX_RECORDED_QUADS);
  }

  WriteChanges(long maxRecorded) {
    this.maxRecorded = maxRecorded;
  }

  private static final class Entry {
    final boolean existedBefore;
    final Set<Triple> added = new LinkedHashSet<>();
    final Set<Triple> deleted = new LinkedHashSet<>();
    // Set when the write replaced the graph whole: its content after the write, without a copy.
    Graph replacedBy;
    // Set when the graph did not exist and the write created it whole: every triple of this is
    // added, and is handed to the hooks as it is, not copied into a set (the ingest's case).
    Graph created;

    Entry(boolean existedBefore) {
      this.existedBefore = existedBefore;
    }
  }

  /** Says how to tell the nodes this write brought into the store ({@link #isNewToStore}). */
  void newNodes(Predicate<Node> test) {
    newToStore = test;
  }

  /**
   * True when {@code n} was in no quad of the store before this write, as the store can tell
   * cheaply (TDB2: the write stored the node for the first time); false when it was, and when the
   * store cannot tell. A hook that needs to know whether a node was used before the write skips
   * its index lookup for such a node. For use inside the write's transaction.
   */
  public boolean isNewToStore(Node n) {
    return newToStore.test(n);
  }

  /** Notes that graph {@code g} is about to change; the first note of a graph asks whether it exists. */
  private Entry touch(Node g, DatasetGraph before) {
    requireOpen();
    return entries.computeIfAbsent(g, n -> new Entry(before.contains(n, Node.ANY, Node.ANY, Node.ANY)));
  }

  /** Records that {@code t} was added to {@code g}, which did not hold it; call before adding it. */
  void added(Node g, Triple t, DatasetGraph before) {
    Entry e = touch(g, before);
    if (quadsKnown && !e.deleted.remove(t)) {
      e.added.add(t);
      count(1);
    }
  }

  /** Records that {@code t} was deleted from {@code g}, which held it; call before deleting it. */
  void deleted(Node g, Triple t, DatasetGraph before) {
    Entry e = touch(g, before);
    if (quadsKnown && !e.added.remove(t)) {
      e.deleted.add(t);
      count(1);
    }
  }

  /**
   * Records that {@code g} was replaced whole by {@code content}; call before replacing it.
   *
   * @param old the triples {@code g} held before, empty when it did not exist
   */
  void replaced(Node g, Collection<Triple> old, Graph content, DatasetGraph before) {
    Entry e = touch(g, before);
    if (!quadsKnown) {
      return;
    }
    if (!e.added.isEmpty() || !e.deleted.isEmpty() || e.replacedBy != null) {
      // Replaced twice in one write: net against what the graph held before the first change.
      throw new IllegalStateException("graph " + g + " replaced twice in one write");
    }
    if (old.isEmpty()) {
      e.created = content;
      e.replacedBy = content;
      count(content.size());
      return;
    }
    Set<Triple> oldSet = old instanceof Set<Triple> s ? s : new LinkedHashSet<>(old);
    content.find().forEachRemaining(t -> {
      if (!oldSet.contains(t)) {
        e.added.add(t);
      }
    });
    for (Triple t : oldSet) {
      if (!content.contains(t)) {
        e.deleted.add(t);
      }
    }
    e.replacedBy = content;
    count(e.added.size() + e.deleted.size());
  }

  /**
   * Records that the graphs {@code created} were created whole by a load that kept none of their
   * triples in memory (a bulk load): the hooks see them as changed, with their triples unknown.
   */
  void loaded(Collection<Node> created) {
    requireOpen();
    forgetQuads();
    bulkLoad = true;
    for (Node g : created) {
      entries.putIfAbsent(g, new Entry(false));
    }
  }

  private void forgetQuads() {
    quadsKnown = false;
    for (Entry e : entries.values()) {
      e.added.clear();
      e.deleted.clear();
      e.created = null;
    }
  }

  private void count(long n) {
    recorded += n;
    if (recorded > maxRecorded) {
      forgetQuads();
    }
  }

  private void requireOpen() {
    if (changes != null) {
      throw new IllegalStateException("the write is finished");
    }
  }

  /** Ends the recording: works out which graphs exist after the write and drops those not changed. */
  void finish(DatasetGraph after) {
    requireOpen();
    List<GraphChange> list = new ArrayList<>();
    for (Map.Entry<Node, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      Node g = me.getKey();
      boolean existsAfter = after.contains(g, Node.ANY, Node.ANY, Node.ANY);
      boolean changed;
      Collection<Triple> added;
      if (quadsKnown && e.created != null) {
        changed = !e.created.isEmpty();
        added = triplesOf(e.created);
      } else {
        changed = quadsKnown ? !e.added.isEmpty() || !e.deleted.isEmpty() : e.existedBefore || existsAfter;
        added = List.copyOf(e.added);
      }
      if (changed) {
        String name = g.isURI() ? g.getURI() : g.toString();
        list.add(new GraphChange(name, e.existedBefore, existsAfter, added, List.copyOf(e.deleted), quadsKnown));
      }
    }
    entries.clear();
    changes = List.copyOf(list);
  }

  /** The triples of {@code graph} as a read-only collection, without copying them. */
  private static Collection<Triple> triplesOf(Graph graph) {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Triple> iterator() {
        return graph.find();
      }

      @Override
      public int size() {
        return graph.size();
      }
    };
  }

  /** The graphs the write changed, in the order it first touched them. */
  public List<GraphChange> graphs() {
    if (changes == null) {
      throw new IllegalStateException("the write is not finished");
    }
    return changes;
  }

  /** The names of the graphs the write changed. */
  public Set<String> graphNames() {
    Set<String> names = new LinkedHashSet<>();
    for (GraphChange c : graphs()) {
      names.add(c.graph());
    }
    return names;
  }

  /**
   * True for the write that ends a bulk load ({@link GraphStore#bulkLoad}): its graphs were
   * created by the loader, and each hook's {@link WriteHook#bulkLoadObserver} saw their quads.
   */
  public boolean isBulkLoad() {
    return bulkLoad;
  }

  /** True when the write changed nothing. */
  public boolean isEmpty() {
    return graphs().isEmpty();
  }
}
