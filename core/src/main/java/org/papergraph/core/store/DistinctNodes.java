package org.papergraph.core.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The quads and the distinct subjects, objects and typed subjects of a TDB2 dataset's named
 * graphs, counted on its quad indexes at the level of TDB2's node ids: one ordered pass over
 * SPOG (quads, subjects), one over OSPG (objects) and the {@code rdf:type} range of POSG (subjects
 * per class). A node is decoded only where the answer needs its text: each distinct subject (is
 * it an entity?), each class and each graph name, never an object. TDB2 gives equal terms one
 * node id (and canonical values one inline id), so distinct ids are distinct terms, as SPARQL's
 * {@code COUNT(DISTINCT)} over the same store counts them.
 *
 * <p>What a SPARQL count of the same numbers costs is dominated by decoding every node of every
 * quad and hashing it into a set; this reads the indexes in order and keeps no set of nodes.
 */
public final class DistinctNodes {
  private static final int G = 0;
  private static final int S = 1;
  private static final int O = 3;

  /**
   * The counts over the quads of the counted graphs.
   *
   * @param classes per class IRI, the distinct subjects typed with it
   */
  public record Counts(long quads, long graphs, long subjects, long entities, long objects, Map<Node, Long> classes) {}

  private DistinctNodes() {}

  /**
   * Counts over the quads of {@code dataset}'s named graphs that {@code countedGraph} accepts,
   * inside the transaction the caller has open on it.
   *
   * @param entity which subjects count as entities
   * @return null when {@code dataset} is not TDB2 (nor a wrapper of it) or lacks one of the
   *     three indexes; the caller then counts another way
   */
  public static Counts count(DatasetGraph dataset, Predicate<Node> countedGraph, Predicate<Node> entity) {
    DatasetGraphTDB tdb = tdb(dataset);
    if (tdb == null) {
      return null;
    }
    TupleIndex spog = index(tdb, "SPOG");
    TupleIndex ospg = index(tdb, "OSPG");
    TupleIndex posg = index(tdb, "POSG");
    if (spog == null || ospg == null || posg == null) {
      return null;
    }
    NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
    Set<NodeId> excluded = new HashSet<>();
    long[] graphs = {0};
    tdb.listGraphNodes().forEachRemaining(g -> {
      if (!countedGraph.test(g)) {
        excluded.add(nodes.getNodeIdForNode(g));
      } else {
        graphs[0]++;
      }
    });

    long[] subjects = {0, 0};
    long quads = forEachDistinct(spog.all(), S, excluded, s -> {
      subjects[0]++;
      subjects[1] += entity.test(nodes.getNodeForNodeId(s)) ? 1 : 0;
    });
    long[] objects = {0};
    forEachDistinct(ospg.all(), O, excluded, o -> objects[0]++);

    Map<Node, Long> classes = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
    NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
    if (type != null && !NodeId.isDoesNotExist(type)) {
      Iterator<Tuple<NodeId>> typed = posg.find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, type, NodeId.NodeIdAny));
      try {
        // POSG with P fixed: by class, then by subject; a (class, subject) pair counts once.
        NodeId currentClass = null;
        NodeId currentSubject = null;
        Node classNode = null;
        while (typed.hasNext()) {
          Tuple<NodeId> t = typed.next();
          if (excluded.contains(t.get(G))) {
            continue;
          }
          NodeId c = t.get(O);
          if (!c.equals(currentClass)) {
            currentClass = c;
            currentSubject = null;
            classNode = nodes.getNodeForNodeId(c);
          }
          if (classNode.isURI() && !t.get(S).equals(currentSubject)) {
            currentSubject = t.get(S);
            classes.merge(classNode, 1L, Long::sum);
          }
        }
      } finally {
        Iter.close(typed);
      }
    }
    return new Counts(quads, graphs[0], subjects[0], subjects[1], objects[0], classes);
  }

  /**
   * Hands {@code each} every distinct id in slot {@code slot} of tuples that come ordered by it,
   * among those in the counted graphs; returns the number of those tuples.
   */
  private static long forEachDistinct(Iterator<Tuple<NodeId>> ordered, int slot, Set<NodeId> excluded, Consumer<NodeId> each) {
    long tuples = 0;
    try {
      NodeId current = null;
      boolean counted = false;
      while (ordered.hasNext()) {
        Tuple<NodeId> t = ordered.next();
        NodeId x = t.get(slot);
        if (!x.equals(current)) {
          if (counted) {
            each.accept(current);
          }
          current = x;
          counted = false;
        }
        if (!excluded.contains(t.get(G))) {
          counted = true;
          tuples++;
        }
      }
      if (counted) {
        each.accept(current);
      }
      return tuples;
    } finally {
      Iter.close(ordered);
    }
  }

  private static DatasetGraphTDB tdb(DatasetGraph dataset) {
    DatasetGraph d = dataset;
    while (true) {
      DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
      if (tdb != null) {
        return tdb;
      }
      if (!(d instanceof DatasetGraphWrapper w)) {
        return null;
      }
      d = w.getWrapped();
    }
  }

  private static TupleIndex index(DatasetGraphTDB tdb, String name) {
    for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
      if (index.getName().equals(name)) {
        return index;
      }
    }
    return null;
  }
}
