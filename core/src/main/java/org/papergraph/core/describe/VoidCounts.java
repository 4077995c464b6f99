package org.papergraph.core.describe;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription.Target;
import org.papergraph.core.vocab.Vocabularies;

/**
 * The numbers of a VoID description: triples, entities, distinct subjects and objects, entities
 * per class, triples per property and per link set. {@link #render} writes them as the stored
 * description; {@link #parse} reads them back from it, so the stored graph is all the state the
 * maintained statistics need.
 *
 * <p>Partitions and link sets are by IRI, as VoID names them: every triple counts in
 * {@link #triples}, but only one whose predicate is an IRI has a property partition or a link
 * set, and only a subject typed with an IRI has a class partition. A triple with a blank node or
 * a literal as predicate is not RDF, but Jena holds such generalised triples when code writes
 * them; a blank node or literal as {@code rdf:type}'s object is RDF. The full count
 * ({@link DatasetDescription}) and the maintained one ({@link VoidStatistics}) keep to this
 * alike, so the maps below only ever hold IRIs (their order is by IRI).
 */
final class VoidCounts {
  /** A link set: the external dataset its objects are in, and its link predicate. */
  record Link(String target, Node predicate) {}

  private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

  long triples;
  long entities;
  long subjects;
  long objects;
  /** The named graphs holding the counted triples; -1 in a description written before it was counted. */
  long graphs = -1;
  final Map<Node, Long> classes = new TreeMap<>(BY_IRI);
  final Map<Node, Long> properties = new TreeMap<>(BY_IRI);
  final Map<Link, Long> links = new TreeMap<>(Comparator.comparing(Link::target).thenComparing(Link::predicate, BY_IRI));
  // The blank node of each partition in the stored description, reused when it is written again,
  // so that a write rewrites only the counts that changed.
  private final Map<List<Node>, Node> partitionNodes = new HashMap<>();

  static void add(Map<?, Long> counts, Object key, long n) {
    @SuppressWarnings("unchecked")
    Map<Object, Long> m = (Map<Object, Long>) counts;
    long v = m.getOrDefault(key, 0L) + n;
    if (v < 0) {
      throw new IllegalStateException("VoID statistics out of step: " + key + " would count " + v);
    }
    if (v == 0) {
      m.remove(key);
    } else {
      m.put(key, v);
    }
  }

  /** The description of these numbers, as {@link DatasetDescription} stores it. */
  Graph render(Iris iris, Instant modified, Long statisticsVersion) {
    Graph g = GraphFactory.createDefaultGraph();
    Node ds = uri(iris.voidDataset());
    add(g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
    add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("Papergraph"));
    add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
    add(g, ds, VOID.sparqlEndpoint.asNode(), uri(iris.base() + "sparql"));
    add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base() + "id/"));
    if (statisticsVersion != null) {
      add(g, ds, org.papergraph.core.vocab.PG.statisticsVersion.asNode(), integer(statisticsVersion));
    }
    add(g, ds, VOID.triples.asNode(), integer(triples));
    add(g, ds, VOID.entities.asNode(), integer(entities));
    add(g, ds, VOID.distinctSubjects.asNode(), integer(subjects));
    add(g, ds, VOID.distinctObjects.asNode(), integer(objects));
    if (graphs >= 0) {
      add(g, ds, org.papergraph.core.vocab.PG.namedGraphs.asNode(), integer(graphs));
    }
    classes.forEach((c, n) -> partition(g, ds, VOID.classPartition.asNode(), VOID._class.asNode(), c, VOID.entities.asNode(), n));
    add(g, ds, VOID.classes.asNode(), integer(classes.size()));
    properties.forEach((p, n) -> partition(g, ds, VOID.propertyPartition.asNode(), VOID.property.asNode(), p, VOID.triples.asNode(), n));
    add(g, ds, VOID.properties.asNode(), integer(properties.size()));
    links.forEach((link, n) -> {
      Target t = DatasetDescription.TARGETS.get(link.target());
      Node ls = uri(linksetIri(iris, link));
      add(g, ds, VOID.subset.asNode(), ls);
      add(g, ls, RDF.type.asNode(), VOID.Linkset.asNode());
      add(g, ls, VOID.subjectsTarget.asNode(), ds);
      add(g, ls, VOID.objectsTarget.asNode(), uri(t.home()));
      add(g, ls, VOID.linkPredicate.asNode(), link.predicate());
      add(g, ls, VOID.triples.asNode(), integer(n));
      add(g, uri(t.home()), RDF.type.asNode(), VOID.Dataset.asNode());
    });
    return g;
  }

  /**
   * One IRI per target and predicate: the predicate's prefix goes in as well, since
   * schema:sameAs and owl:sameAs, say, share their local name.
   */
  private static String linksetIri(Iris iris, Link link) {
    Node p = link.predicate();
    String local = p.getLocalName().isEmpty() ? Integer.toHexString(p.getURI().hashCode()) : p.getLocalName();
    String prefix = Vocabularies.prefixes().getNsURIPrefix(p.getNameSpace());
    if (prefix == null) {
      prefix = Integer.toHexString(p.getNameSpace().hashCode());
    }
    return iris.voidDataset() + "#links-" + link.target() + "-" + prefix + "-" + local.toLowerCase(Locale.ROOT);
  }

  /**
   * The numbers of a stored description, or null when {@code g} holds none, or none written
   * under {@code statisticsVersion} (null for any).
   */
  static VoidCounts parse(Graph g, Iris iris, Long statisticsVersion) {
    Node ds = uri(iris.voidDataset());
    if (statisticsVersion != null) {
      Node version = single(g, ds, org.papergraph.core.vocab.PG.statisticsVersion.asNode());
      if (version == null || !version.equals(integer(statisticsVersion))) {
        return null;
      }
    }
    Node triples = single(g, ds, VOID.triples.asNode());
    if (triples == null) {
      return null;
    }
    VoidCounts c = new VoidCounts();
    c.triples = number(triples);
    c.entities = number(single(g, ds, VOID.entities.asNode()));
    c.subjects = number(single(g, ds, VOID.distinctSubjects.asNode()));
    c.objects = number(single(g, ds, VOID.distinctObjects.asNode()));
    Node graphs = single(g, ds, org.papergraph.core.vocab.PG.namedGraphs.asNode());
    if (graphs == null && statisticsVersion != null) {
      // Maintained statistics always have it.
      return null;
    }
    c.graphs = graphs == null ? -1 : number(graphs);
    g.find(ds, VOID.classPartition.asNode(), Node.ANY).forEach(t -> c.partition(g, t, VOID._class.asNode(), VOID.entities.asNode(), c.classes));
    g.find(ds, VOID.propertyPartition.asNode(), Node.ANY).forEach(t -> c.partition(g, t, VOID.property.asNode(), VOID.triples.asNode(), c.properties));
    g.find(ds, VOID.subset.asNode(), Node.ANY).forEach(t -> {
      Node ls = t.getObject();
      Node p = single(g, ls, VOID.linkPredicate.asNode());
      Link link = DatasetDescription.TARGETS.keySet().stream()
          .map(name -> new Link(name, p))
          .filter(l -> linksetIri(iris, l).equals(ls.getURI()))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("unknown link set " + ls + " in the stored VoID description"));
      c.links.put(link, number(single(g, ls, VOID.triples.asNode())));
    });
    return c;
  }

  /** Reads the partition {@code t} points to into {@code counts}, and remembers its node. */
  private void partition(Graph g, Triple t, Node key, Node count, Map<Node, Long> counts) {
    Node part = t.getObject();
    Node value = single(g, part, key);
    counts.put(value, number(single(g, part, count)));
    partitionNodes.put(List.of(t.getPredicate(), value), part);
  }

  private static Node single(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject() : null;
    } finally {
      it.close();
    }
  }

  private static long number(Node n) {
    if (n == null || !n.isLiteral()) {
      throw new IllegalStateException("a count missing from the stored VoID description");
    }
    return Long.parseLong(n.getLiteralLexicalForm());
  }

  private void partition(Graph g, Node ds, Node partition, Node key, Node value, Node count, long n) {
    Node part = partitionNodes.computeIfAbsent(List.of(partition, value), k -> NodeFactory.createBlankNode());
    add(g, ds, partition, part);
    add(g, part, key, value);
    add(g, part, count, integer(n));
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }

  static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VoidCounts c && triples == c.triples && entities == c.entities && subjects == c.subjects
        && objects == c.objects && graphs == c.graphs && classes.equals(c.classes) && properties.equals(c.properties) && links.equals(c.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(triples, entities, subjects, objects, graphs, classes, properties, links);
  }

  @Override
  public String toString() {
    return "triples=" + triples + " entities=" + entities + " subjects=" + subjects + " objects=" + objects + " graphs=" + graphs
        + " classes=" + classes + " properties=" + properties + " links=" + links;
  }
}
