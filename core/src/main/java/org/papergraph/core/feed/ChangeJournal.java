package org.papergraph.core.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphChange;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.WriteChanges;
import org.papergraph.core.store.WriteHook;
import org.papergraph.core.store.ReservedGraphException;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.PROV;

/**
 * The change feed's journal: a {@link WriteHook} that writes one event per changed graph into the
 * reserved graph {@link #GRAPH}, inside the write's own transaction, so that the store never holds
 * a change without its event or an event without its change, whatever stops the process.
 *
 * <p>The journal is RDF in the store: events are {@code <urn:papergraph:feed:SEQ>}, typed with the
 * ActivityStreams activity of their kind, and the graph's head {@code <urn:papergraph:feed>
 * pg:lastSequence N} numbers the next. Event IRIs are minted from the sequence number, so a page
 * of the feed is read by naming its events, never by scanning the journal.
 *
 * <p>The journal graph is one of the store's reserved graphs: queries (the union default graph,
 * {@code GRAPH ?g}), graph lists, the VoID counts, dumps and releases leave it out, the feed reads
 * it ({@link GraphStore#queryIncludingReserved}), and clients cannot write to it. Changes to the store's VoID
 * description are not events either: every store describes its own content.
 *
 * <p>A Create event's patch adds the graph's content as the write left it, which the store holds
 * already: the event stores no patch, and the journal notes {@code <graph> pg:deferredPatch
 * <event>} instead (creates are most of an ingest's events, and each built, compressed and stored
 * a copy of its new graph inside the write). The graph's next write, before
 * journalling its own event, stores the deferred patch from the graph's content before that write
 * (the content after it, less what it added, plus what it deleted) and removes the note, in the
 * same transaction; a write too large to keep its triples cannot know that content, and marks the
 * deferred patch incomplete instead. A reader takes a deferred patch from the graph's content in
 * the same read transaction as the events, so it never sees a later content.
 */
public final class ChangeJournal implements WriteHook {
  /** The reserved graph that holds the journal. */
  public static final String GRAPH = Iris.FEED_GRAPH;
  /** Event IRIs are this followed by the sequence number. */
  public static final String EVENT_PREFIX = GRAPH + ":";
  static final String AS = "https://www.w3.org/ns/activitystreams#";

  private static final Node G = NodeFactory.createURI(GRAPH);
  private static final Node LAST = PG.lastSequence.asNode();
  private static final Node AS_OBJECT = NodeFactory.createURI(AS + "object");
  private static final Node AS_PUBLISHED = NodeFactory.createURI(AS + "published");
  private static final Node DEFERRED = PG.deferredPatch.asNode();
  private static final Node INCOMPLETE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

  private final Iris iris;

  public ChangeJournal(Iris iris) {
    this.iris = iris;
  }

  /** Adds the journal to a store that can run write hooks; false when it cannot (a remote store). */
  public static boolean attach(GraphStore store, Iris iris) {
    return store.addWriteHook(new ChangeJournal(iris));
  }

  /** True for the journal's own graph, which clients may neither write nor receive as data. */
  public static boolean isJournal(String graph) {
    return GRAPH.equals(graph);
  }

  @Override
  public void beforeCommit(WriteChanges changes, DatasetGraph dataset) {
    List<GraphChange> graphs = new ArrayList<>();
    GraphChange journal = null;
    for (GraphChange c : changes.graphs()) {
      if (isJournal(c.graph())) {
        journal = c;
      } else if (c.graph().equals(iris.voidGraph())) {
        // The VoID description is each store's account of its own content, kept by a hook of
        // its own on a local store (whose rewrites are not changes, so no event could follow
        // them); a mirror describes its copy itself.
        continue;
      } else {
        graphs.add(c);
      }
    }
    if (journal != null) {
      keep(journal, dataset);
    }
    if (graphs.isEmpty()) {
      return;
    }
    long last = lastSequence(dataset);
    Instant now = Instant.now();
    for (GraphChange c : graphs) {
      last++;
      if (c.kind() == GraphChange.Kind.CREATE) {
        // A graph that did not exist has no deferred patch to settle: its last write deleted it,
        // and that write settled it.
        write(event(last, now, c, dataset), defers(c), dataset);
      } else {
        settleDeferredPatch(c, dataset);
        write(event(last, now, c, dataset), false, dataset);
      }
    }
    dataset.deleteAny(G, G, LAST, Node.ANY);
    dataset.add(G, G, LAST, NodeFactory.createLiteralDT(Long.toString(last), XSDDatatype.XSDlong));
  }

  /**
   * Refuses a client's write to the journal, except that a write deleting the whole journal and
   * adding nothing to it (DROP ALL, CLEAR ALL, which are standard operations on the whole store,
   * or DROP GRAPH of the journal) leaves it as it was: the drops of other graphs are events like
   * any other, and the journal is not the client's to drop.
   */
  private static void keep(GraphChange journal, DatasetGraph dataset) {
    boolean clearedWhole = !journal.existsAfter() && journal.quadsKnown() && journal.added().isEmpty();
    if (!clearedWhole) {
      throw new ReservedGraphException("graph <" + GRAPH + "> is the change feed's journal, kept by the server: clients cannot write to it"
          + (journal.quadsKnown() ? "" : " (and this write was too large to clear every graph but the journal: drop the graphs one by one)")
          + "; nothing was written");
    }
    for (Triple t : journal.deleted()) {
      dataset.add(G, t.getSubject(), t.getPredicate(), t.getObject());
    }
  }

  private ChangeEvent event(long seq, Instant time, GraphChange c, DatasetGraph after) {
    String paper = null;
    String hash = null;
    String run = null;
    if (iris.isPaperGraph(c.graph())) {
      paper = iris.paper(iris.arxivIdOf(c.graph()));
      if (c.existsAfter()) {
        Node g = NodeFactory.createURI(c.graph());
        hash = lexical(first(after, g, g, PG.contentHash.asNode()));
        Node r = first(after, g, g, PROV.wasGeneratedBy.asNode());
        run = r != null && r.isURI() ? r.getURI() : null;
      }
    }
    if (defers(c)) {
      // The patch is the graph's content, which the write leaves in the store: nothing to build.
      return new ChangeEvent(seq, time, c.kind(), c.graph(), paper, hash, run, "", true);
    }
    return new ChangeEvent(seq, time, c.kind(), c.graph(), paper, hash, run, c.quadsKnown() ? patch(c.deleted(), c.added()) : "", c.quadsKnown());
  }

  /**
   * True when the event of {@code c} defers its patch: a create, whose patch is the graph's
   * content after the write (known even when the write was too large to keep its triples, as a
   * bulk load is). Not for the reserved sync state, whose note would be read as the sync state's.
   */
  private static boolean defers(GraphChange c) {
    return c.kind() == GraphChange.Kind.CREATE && !Iris.isReserved(c.graph());
  }

  /**
   * Before {@code c}'s own event: when the graph's create event still defers its patch, stores
   * that patch, the graph's content before this write, in the event, and removes the note. One
   * index lookup for a graph without one.
   */
  private static void settleDeferredPatch(GraphChange c, DatasetGraph dataset) {
    Node g = NodeFactory.createURI(c.graph());
    Node event = first(dataset, G, g, DEFERRED);
    if (event == null) {
      return;
    }
    dataset.delete(G, g, DEFERRED, event);
    if (!c.quadsKnown()) {
      dataset.add(G, event, PG.patchComplete.asNode(), INCOMPLETE);
      return;
    }
    Set<Triple> added = new HashSet<>(c.added());
    List<Triple> before = new ArrayList<>();
    Iterator<Quad> it = dataset.find(g, Node.ANY, Node.ANY, Node.ANY);
    try {
      it.forEachRemaining(q -> {
        Triple t = q.asTriple();
        if (!added.contains(t)) {
          before.add(t);
        }
      });
    } finally {
      Iter.close(it);
    }
    before.addAll(c.deleted());
    dataset.add(G, event, PG.rdfPatch.asNode(), compressed(patch(List.of(), before)));
  }

  /**
   * The change as RDF Patch text: the deletes, then the adds, as triples without a graph term
   * (the event names the graph once; a graph IRI on every line would double the journal's size).
   * No transaction markers: the event is the unit, and a graph without transactions can apply it.
   */
  static String patch(Iterable<Triple> deleted, Iterable<Triple> added) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFChangesWriterText w = RDFPatchOps.textWriter(out);
    w.start();
    for (Triple t : deleted) {
      w.delete(null, t.getSubject(), t.getPredicate(), t.getObject());
    }
    for (Triple t : added) {
      w.add(null, t.getSubject(), t.getPredicate(), t.getObject());
    }
    w.finish();
    w.close();
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The event's patch with the event's graph on every line and the event's IRI as its id, for a
   * consumer that applies it to a dataset rather than to the one graph; empty when the event
   * has no patch ({@link ChangeEvent#patchComplete()} false).
   */
  public static String datasetPatch(ChangeEvent e) {
    if (!e.patchComplete()) {
      return "";
    }
    Node g = NodeFactory.createURI(e.graph());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFChangesWriterText w = RDFPatchOps.textWriter(out);
    w.start();
    w.header("id", eventNode(e.sequence()));
    RDFPatchOps.read(new ByteArrayInputStream(e.patch().getBytes(StandardCharsets.UTF_8))).apply(new RDFChangesBase() {
      @Override
      public void add(Node ignored, Node s, Node p, Node o) {
        w.add(g, s, p, o);
      }

      @Override
      public void delete(Node ignored, Node s, Node p, Node o) {
        w.delete(g, s, p, o);
      }
    });
    w.finish();
    w.close();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(ChangeEvent e, boolean deferred, DatasetGraph ds) {
    Node ev = eventNode(e.sequence());
    ds.add(G, ev, RDF.type.asNode(), NodeFactory.createURI(AS + activity(e.kind())));
    ds.add(G, ev, PG.sequence.asNode(), NodeFactory.createLiteralDT(Long.toString(e.sequence()), XSDDatatype.XSDlong));
    ds.add(G, ev, AS_PUBLISHED, NodeFactory.createLiteralDT(e.time().toString(), XSDDatatype.XSDdateTime));
    ds.add(G, ev, AS_OBJECT, NodeFactory.createURI(e.graph()));
    if (e.paper() != null) {
      ds.add(G, ev, SchemaDO.about.asNode(), NodeFactory.createURI(e.paper()));
    }
    if (e.contentHash() != null) {
      ds.add(G, ev, PG.contentHash.asNode(), NodeFactory.createLiteralString(e.contentHash()));
    }
    if (e.ingestRun() != null) {
      ds.add(G, ev, PROV.wasGeneratedBy.asNode(), NodeFactory.createURI(e.ingestRun()));
    }
    if (deferred) {
      ds.add(G, NodeFactory.createURI(e.graph()), DEFERRED, ev);
      return;
    }
    ds.add(G, ev, PG.rdfPatch.asNode(), compressed(e.patch()));
    if (!e.patchComplete()) {
      ds.add(G, ev, PG.patchComplete.asNode(), INCOMPLETE);
    }
  }

  /**
   * The patch text gzip-compressed, as an {@code xsd:base64Binary} literal: a record's patch
   * repeats its IRIs line after line, and compressed it takes about a fifth of the text's space
   * even with base64's third added (see bench/RESULTS.md, "Change feed").
   */
  static Node compressed(String patch) {
    if (patch.isEmpty()) {
      // Every event without a patch (a bulk load has one per graph): one literal, compressed once.
      return EMPTY_PATCH;
    }
    return gzipped(patch);
  }

  private static final Node EMPTY_PATCH = gzipped("");

  private static Node gzipped(String patch) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(patch.length() / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(patch.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not compress a patch in memory", e);
    }
    return NodeFactory.createLiteralDT(Base64.getEncoder().encodeToString(bytes.toByteArray()), XSDDatatype.XSDbase64Binary);
  }

  /** The patch text of a journal's literal: compressed ({@link #compressed}), or plain text as journals before compression kept it. */
  static String patchText(Node literal) {
    if (literal == null) {
      return null;
    }
    if (!XSDDatatype.XSDbase64Binary.getURI().equals(literal.getLiteralDatatypeURI())) {
      return literal.getLiteralLexicalForm();
    }
    byte[] gz = Base64.getDecoder().decode(literal.getLiteralLexicalForm());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the journal holds a patch that is not gzip-compressed text", e);
    }
  }

  /** The ActivityStreams activity type of a kind of change. */
  static String activity(GraphChange.Kind kind) {
    return switch (kind) {
      case CREATE -> "Create";
      case UPDATE -> "Update";
      case DELETE -> "Delete";
    };
  }

  /** The journal's node of event {@code seq}. */
  public static Node eventNode(long seq) {
    return NodeFactory.createURI(EVENT_PREFIX + seq);
  }

  private static long lastSequence(DatasetGraph ds) {
    Node n = first(ds, G, G, LAST);
    return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
  }

  private static Node first(DatasetGraph ds, Node g, Node s, Node p) {
    Iterator<Quad> it = ds.find(g, s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject() : null;
    } finally {
      // Closed at once: a bulk load's write looks up two values for each of its many graphs.
      Iter.close(it);
    }
  }

  private static String lexical(Node n) {
    return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
  }

  // ---- reading ----

  /** The sequence number of the last event in {@code store}'s journal, 0 when it has none. */
  public static long lastSequence(GraphStore store) {
    ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?n WHERE { GRAPH ?j { ?j ?last ?n } }");
    q.setIri("j", GRAPH);
    q.setIri("last", PG.lastSequence.getURI());
    return store.queryIncludingReserved(q.asQuery(), qe -> {
      var rs = qe.execSelect();
      return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
    });
  }

  /**
   * The events numbered {@code from} to {@code to}, both included, in order; those not in the
   * journal (beyond its end) are left out. Read by their IRIs, so the cost is that of the page.
   * A deferred patch is read from its graph's content by the same query, so in the same read
   * transaction as the events: a write committing meanwhile, which would store the patch and
   * change the graph, is seen whole or not at all.
   */
  public static List<ChangeEvent> events(GraphStore store, long from, long to) {
    return events(store, from, to, true);
  }

  /**
   * The events numbered {@code from} to {@code to} as {@link #events(GraphStore, long, long)}
   * reads them, but without their patches ({@link ChangeEvent#patch()} empty, {@link
   * ChangeEvent#patchComplete()} as stored): what a page of the feed shows, which links to each
   * patch. Neither a stored patch literal nor a deferred patch's graph is read, so a page costs
   * its events' few triples, not their graphs' content.
   */
  public static List<ChangeEvent> eventsWithoutPatches(GraphStore store, long from, long to) {
    return events(store, from, to, false);
  }

  private static List<ChangeEvent> events(GraphStore store, long from, long to, boolean withPatches) {
    if (to < from) {
      return List.of();
    }
    StringBuilder values = new StringBuilder();
    for (long s = from; s <= to; s++) {
      values.append('<').append(EVENT_PREFIX).append(s).append("> ");
    }
    // The IRIs are minted from numbers here, never from input text.
    // The second branch yields a deferred patch's triples (?s bound), from the graph the journal
    // names for the event; VALUES in each branch, so that each is looked up by the events' IRIs.
    ParameterizedSparqlString q = new ParameterizedSparqlString(withPatches
        ? "SELECT ?e ?s ?p ?o WHERE { { VALUES ?e { " + values + "} GRAPH ?j { ?e ?p ?o } }"
            + " UNION { VALUES ?e { " + values + "} GRAPH ?j { ?g ?deferred ?e } GRAPH ?g { ?s ?p ?o } } }"
        : "SELECT ?e ?p ?o WHERE { VALUES ?e { " + values + "} GRAPH ?j { ?e ?p ?o FILTER(?p != ?stored) } }");
    q.setIri("j", GRAPH);
    q.setIri("deferred", PG.deferredPatch.getURI());
    q.setIri("stored", PG.rdfPatch.getURI());
    Map<Long, Map<String, Node>> byEvent = new HashMap<>();
    Map<Long, List<Triple>> deferred = new HashMap<>();
    store.queryIncludingReserved(q.asQuery(), qe -> {
      qe.execSelect().forEachRemaining(s -> {
        long seq = Long.parseLong(s.getResource("e").getURI().substring(EVENT_PREFIX.length()));
        Node p = s.get("p").asNode();
        Node o = s.get("o").asNode();
        if (s.contains("s")) {
          deferred.computeIfAbsent(seq, k -> new ArrayList<>()).add(Triple.create(s.get("s").asNode(), p, o));
        } else {
          byEvent.computeIfAbsent(seq, k -> new HashMap<>()).put(p.getURI(), o);
        }
      });
      return null;
    });
    List<ChangeEvent> out = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      Map<String, Node> p = byEvent.get(s);
      if (p != null) {
        List<Triple> content = deferred.get(s);
        out.add(read(s, p, content == null ? null : patch(List.of(), content)));
      }
    }
    return out;
  }

  /** @param deferredPatch the patch of an event that defers it, read from its graph; null for any other event */
  private static ChangeEvent read(long seq, Map<String, Node> p, String deferredPatch) {
    String type = p.get(RDF.type.getURI()).getURI().substring(AS.length());
    GraphChange.Kind kind = GraphChange.Kind.valueOf(type.toUpperCase(Locale.ROOT));
    Node complete = p.get(PG.patchComplete.getURI());
    return new ChangeEvent(
        seq,
        Instant.parse(p.get(AS_PUBLISHED.getURI()).getLiteralLexicalForm()),
        kind,
        p.get(AS_OBJECT.getURI()).getURI(),
        uri(p.get(SchemaDO.about.getURI())),
        lexical(p.get(PG.contentHash.getURI())),
        uri(p.get(PROV.wasGeneratedBy.getURI())),
        patch(p.get(PG.rdfPatch.getURI()), deferredPatch),
        complete == null || Boolean.parseBoolean(complete.getLiteralLexicalForm()));
  }

  /** An event's patch text: stored in the event, or deferred to its graph, or none (a create whose patch a large write made incomplete). */
  private static String patch(Node stored, String deferredPatch) {
    if (stored != null) {
      return patchText(stored);
    }
    return deferredPatch == null ? "" : deferredPatch;
  }

  private static String uri(Node n) {
    return n == null ? null : n.getURI();
  }
}
