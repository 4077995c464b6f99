package org.papergraph.core.describe;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription.Target;
import org.papergraph.core.store.DistinctNodes;
import org.papergraph.core.store.GraphChange;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.WriteChanges;
import org.papergraph.core.store.WriteHook;
import org.papergraph.core.vocab.PG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored VoID description ({@link DatasetDescription}) exact after every write, at a
 * cost that follows the write rather than the store: a {@link WriteHook} that, inside the write's
 * transaction, applies the write's net added and deleted triples to the stored counts.
 *
 * <p>Triples, triples per property and per link set change by the triples added and deleted. The
 * distinct counts (subjects, objects, entities, entities per class) change only when a node
 * stops or starts being used, and the store's own indexes answer that: for each node the write
 * touched, one index lookup for its quads after the write, cut off after (quads the write added
 * with it, less those it deleted) + 1 of them, tells whether it was used before and after; a node
 * the write brought into the store ({@link WriteChanges#isNewToStore}) needs none. No
 * reference counts are kept anywhere: the cost is a few index lookups per distinct node in the
 * change, plus reading and rewriting the description (one small graph: a line per class,
 * property and link set). The description itself is the only state: it says
 * {@code pg:statisticsVersion} when this hook wrote it.
 *
 * <p>The whole store is counted again, inside the write, only when the write was too large to
 * keep its triples ({@link GraphChange#quadsKnown()}), when another writer changed the
 * description's graph, or when the stored description is missing or was not kept by this hook
 * (then once, logged). Graphs left out of the counts: the description's own and the reserved
 * graphs ({@link DatasetDescription#RESERVED_GRAPHS}).
 *
 * <p>Remote stores run no hooks ({@link GraphStore#addWriteHook}); their description is counted
 * by a full scan as before.
 */
public final class VoidStatistics implements WriteHook {
  private static final Logger log = LoggerFactory.getLogger(VoidStatistics.class);
  /** Written with the counts; a description without it, or with another, is counted again. */
  static final long VERSION = 2;

  private final Iris iris;
  private final Node voidGraph;
  private final Node type = RDF.type.asNode();
  private final String entitySpace;
  /** What the bulk load under way adds, taken from its quads as they go to the loader; null when none is. */
  private LoadTally loading;

  VoidStatistics(Iris iris) {
    this.iris = iris;
    this.voidGraph = NodeFactory.createURI(iris.voidGraph());
    this.entitySpace = iris.base() + "id/";
  }

  /**
   * Has {@code store} keep its VoID description exact after every write, and makes it exact now
   * (a full count, once) when it is not. Call before anything else writes to the store.
   *
   * @return false when the store runs no write hooks (remote): its description is counted by
   *     {@link DatasetDescription#refresh} instead
   */
  public static boolean maintain(GraphStore store, Iris iris) {
    if (!store.addWriteHook(new VoidStatistics(iris))) {
      return false;
    }
    if (!isMaintained(store, iris)) {
      // A write to the description's graph makes the hook count the store inside that write.
      Graph request = GraphFactory.createDefaultGraph();
      request.add(Triple.create(NodeFactory.createURI(iris.voidDataset()), PG.statisticsVersion.asNode(), VoidCounts.integer(-1)));
      store.replaceGraph(iris.voidGraph(), request);
    }
    return true;
  }

  /**
   * The maintained numbers as the stored description says them, read without counting anything.
   *
   * @param triples the triples counted ({@code void:triples}): those of the named graphs but the
   *     description's own and the reserved ones
   * @param graphs the named graphs holding them ({@code pg:namedGraphs})
   * @param entitiesPerClass per class IRI, the distinct subjects typed with it
   * @param descriptionTriples the triples of the description's own graph
   */
  public record Stored(long triples, long graphs, Map<String, Long> entitiesPerClass, long descriptionTriples) {}

  /** The maintained numbers, or empty when the stored description was not kept by this hook (a remote store, say). */
  public static Optional<Stored> stored(GraphStore store, Iris iris) {
    Graph description = store.getGraph(iris.voidGraph());
    VoidCounts counts;
    try {
      counts = VoidCounts.parse(description, iris, VERSION);
    } catch (IllegalStateException | NumberFormatException e) {
      return Optional.empty();
    }
    if (counts == null) {
      return Optional.empty();
    }
    Map<String, Long> classes = new LinkedHashMap<>();
    counts.classes.forEach((c, n) -> classes.put(c.getURI(), n));
    return Optional.of(new Stored(counts.triples, counts.graphs, classes, description.size()));
  }

  /** True when the stored description is one this hook keeps exact. */
  public static boolean isMaintained(GraphStore store, Iris iris) {
    ParameterizedSparqlString ask = new ParameterizedSparqlString("ASK { GRAPH ?void { ?d ?version ?n } }");
    ask.setIri("void", iris.voidGraph());
    ask.setIri("d", iris.voidDataset());
    ask.setIri("version", PG.statisticsVersion.getURI());
    ask.setParam("n", VoidCounts.integer(VERSION));
    return store.query(ask.asQuery(), qe -> qe.execAsk());
  }

  /**
   * Tallies a bulk load's quads as they stream to the loader: the triples, the triples per
   * property and per link set, which add up. The distinct counts do not add up (a node of the
   * load may be in the store already, or in another loaded graph); {@link #beforeCommit} takes
   * them from the store's indexes ({@link DistinctNodes}), without a SPARQL scan.
   */
  @Override
  public Consumer<Quad> bulkLoadObserver() {
    LoadTally tally = new LoadTally();
    loading = tally;
    return quad -> {
      if (!excluded(quad.getGraph())) {
        tally.add(quad.asTriple());
      }
    };
  }

  /** The additive counts of a bulk load's quads, in hash maps while the load runs (a quad each). */
  private static final class LoadTally {
    long triples;
    final Map<Node, long[]> properties = new HashMap<>();
    final Map<VoidCounts.Link, long[]> links = new HashMap<>();

    void add(Triple t) {
      triples++;
      if (t.getPredicate().isURI()) {
        properties.computeIfAbsent(t.getPredicate(), k -> new long[1])[0]++;
      }
      VoidCounts.Link link = linkOf(t);
      if (link != null) {
        links.computeIfAbsent(link, k -> new long[1])[0]++;
      }
    }
  }

  /**
   * The link set {@code t} is in, or null when its object is in none of the external datasets
   * (or its predicate is not an IRI: see {@link VoidCounts}).
   */
  private static VoidCounts.Link linkOf(Triple t) {
    Node o = t.getObject();
    if (!o.isURI() || !t.getPredicate().isURI()) {
      return null;
    }
    Target target = DatasetDescription.targetOf(o.getURI());
    return target == null ? null : new VoidCounts.Link(target.name(), t.getPredicate());
  }

  @Override
  public void beforeCommit(WriteChanges changes, DatasetGraph dataset) {
    LoadTally loaded = changes.isBulkLoad() ? loading : null;
    loading = null;
    boolean recount = false;
    boolean counted = false;
    for (GraphChange c : changes.graphs()) {
      if (c.graph().equals(iris.voidGraph())) {
        recount = true;
      } else if (!excluded(c.graph())) {
        counted = true;
        recount |= !c.quadsKnown() && loaded == null;
      }
    }
    if (!recount && !counted) {
      return;
    }
    long t0 = System.nanoTime();
    Graph old = GraphFactory.createDefaultGraph();
    dataset.find(voidGraph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> old.add(q.asTriple()));
    VoidCounts counts = recount ? null : stored(old);
    if (counts != null && loaded != null && !applyLoad(loaded, dataset, counts)) {
      counts = null;
    }
    if (counts == null) {
      counts = new DatasetDescription(dataset, iris).count();
      log.info("VoID statistics counted over the whole store in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    } else if (loaded == null) {
      apply(changes, dataset, counts);
    } else {
      log.info("VoID statistics of the bulk load counted in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }
    Graph description = counts.render(iris, Instant.now(), VERSION);
    // Only the triples that differ: the partitions keep their nodes, so most lines stay.
    old.find().forEach(t -> {
      if (!description.contains(t)) {
        dataset.delete(voidGraph, t.getSubject(), t.getPredicate(), t.getObject());
      }
    });
    description.find().forEach(t -> {
      if (!old.contains(t)) {
        dataset.add(voidGraph, t.getSubject(), t.getPredicate(), t.getObject());
      }
    });
    log.debug("VoID statistics updated in {} µs", TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0));
  }

  private VoidCounts stored(Graph g) {
    VoidCounts counts;
    try {
      counts = VoidCounts.parse(g, iris, VERSION);
    } catch (IllegalStateException | NumberFormatException e) {
      // A description edited by hand, say: counted again rather than refusing the write.
      log.warn("the stored VoID statistics cannot be read ({}); counting them again", e.getMessage());
      counts = null;
    }
    if (counts == null) {
      log.info("the stored VoID statistics are missing or were not kept after every write; counting them once");
    }
    return counts;
  }

  /**
   * Adds a bulk load's tally to {@code counts} (the statistics before the load) and takes the
   * distinct counts from the store's indexes. False, with {@code counts} unusable, when the store
   * is not TDB2 or its quads are not the ones before plus the ones loaded (a quad given to the
   * loader twice, or one the store held already, is stored once): the caller then counts the
   * whole store.
   */
  private boolean applyLoad(LoadTally loaded, DatasetGraph dataset, VoidCounts counts) {
    DistinctNodes.Counts distinct = DistinctNodes.count(dataset, g -> !excluded(g), this::isEntity);
    if (distinct == null) {
      return false;
    }
    if (distinct.quads() != counts.triples + loaded.triples) {
      log.info("the store holds {} quads after a bulk load of {} onto {}; counting the VoID statistics again",
          distinct.quads(), loaded.triples, counts.triples);
      return false;
    }
    counts.triples += loaded.triples;
    loaded.properties.forEach((p, n) -> VoidCounts.add(counts.properties, p, n[0]));
    loaded.links.forEach((link, n) -> VoidCounts.add(counts.links, link, n[0]));
    counts.subjects = distinct.subjects();
    counts.graphs = distinct.graphs();
    counts.entities = distinct.entities();
    counts.objects = distinct.objects();
    counts.classes.clear();
    counts.classes.putAll(distinct.classes());
    return true;
  }

  private boolean isEntity(Node n) {
    return n.isURI() && n.getURI().startsWith(entitySpace);
  }

  private boolean excluded(String graph) {
    return graph.equals(iris.voidGraph()) || graph.startsWith(DatasetDescription.RESERVED_GRAPHS);
  }

  private boolean excluded(Node graph) {
    return !graph.isURI() || excluded(graph.getURI());
  }

  /** Applies the write's net triples to {@code counts}. */
  private void apply(WriteChanges changes, DatasetGraph dataset, VoidCounts counts) {
    // Per node (and per typed subject and class): the quads the write added with it, less those deleted.
    Map<Node, Long> subjects = new HashMap<>();
    Map<Node, Long> objects = new HashMap<>();
    Map<Triple, Long> typed = new HashMap<>();
    for (GraphChange c : changes.graphs()) {
      if (excluded(c.graph())) {
        continue;
      }
      counts.graphs += (c.existsAfter() ? 1 : 0) - (c.existedBefore() ? 1 : 0);
      for (Triple t : c.added()) {
        count(counts, t, 1, subjects, objects, typed);
      }
      for (Triple t : c.deleted()) {
        count(counts, t, -1, subjects, objects, typed);
      }
    }
    subjects.forEach((s, k) -> {
      long d = usedDelta(changes, s, k, () -> dataset.findNG(Node.ANY, s, Node.ANY, Node.ANY));
      counts.subjects += d;
      if (isEntity(s)) {
        counts.entities += d;
      }
    });
    objects.forEach((o, k) -> counts.objects += usedDelta(changes, o, k, () -> dataset.findNG(Node.ANY, Node.ANY, Node.ANY, o)));
    typed.forEach((t, k) -> VoidCounts.add(counts.classes, t.getObject(),
        usedDelta(changes, t.getSubject(), k, () -> dataset.findNG(Node.ANY, t.getSubject(), type, t.getObject()))));
    if (counts.triples < 0 || counts.subjects < 0 || counts.objects < 0 || counts.entities < 0 || counts.graphs < 0) {
      throw new IllegalStateException("VoID statistics out of step: " + counts);
    }
  }

  private void count(VoidCounts counts, Triple t, long d, Map<Node, Long> subjects, Map<Node, Long> objects, Map<Triple, Long> typed) {
    counts.triples += d;
    if (t.getPredicate().isURI()) {
      VoidCounts.add(counts.properties, t.getPredicate(), d);
    }
    VoidCounts.Link link = linkOf(t);
    if (link != null) {
      VoidCounts.add(counts.links, link, d);
    }
    Node o = t.getObject();
    if (o.isURI() && t.getPredicate().equals(type)) {
      typed.merge(t, d, Long::sum);
    }
    subjects.merge(t.getSubject(), d, Long::sum);
    objects.merge(o, d, Long::sum);
  }

  /**
   * +1 when a node the write used {@code k} times more than before (added less deleted quads)
   * is used now and was not before, -1 for the reverse, else 0. {@code after} finds its quads
   * after the write; it is read only as far as the answer needs: used before means more than
   * {@code k} quads after.
   */
  private long usedDelta(WriteChanges changes, Node node, long k, Supplier<Iterator<Quad>> after) {
    if (k == 0) {
      return 0;
    }
    if (k > 0 && changes.isNewToStore(node)) {
      // In no quad before the write, in k of the counted ones after it: no lookup needed. Most
      // nodes of an ingest's write are new (titles, abstracts, the papers themselves).
      return 1;
    }
    return usedDelta(after.get(), k);
  }

  private long usedDelta(Iterator<Quad> after, long k) {
    long cap = Math.max(k, 0) + 1;
    long n = 0;
    try {
      while (n < cap && after.hasNext()) {
        if (!excluded(after.next().getGraph())) {
          n++;
        }
      }
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(after);
    }
    boolean usedAfter = n > 0;
    boolean usedBefore = n - k > 0;
    return (usedAfter ? 1 : 0) - (usedBefore ? 1 : 0);
  }
}
