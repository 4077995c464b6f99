package org.papergraph.core.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreKind;
import org.papergraph.core.vocab.PG;

/**
 * Follows a Papergraph change feed and keeps a target store identical to the source: each event
 * is applied in one write together with the sequence number it reached, kept in the target's
 * graph {@link #STATE_GRAPH}, so a sync stopped at any point resumes after the last event it
 * applied.
 *
 * <p>A create or update is applied as its RDF Patch onto the target's copy of the graph, unless
 * the patch deletes a triple with a blank node (a blank node of the source cannot be named in
 * the target) or the event has no patch: then the graph's current content is read from the
 * source instead. That content may already include later events; applying those events again
 * afterwards changes nothing, as each sets its triples to what the source had at that point and
 * the last one wins.
 *
 * <p>A remote target gets a page as one SPARQL Update request, but a request is not a
 * transaction: a server reading a request cut short by the client's death (Fuseki does) runs the
 * operations it got whole and commits them. So the page's graphs are first staged, in one
 * operation, under {@link #STAGE_PREFIX} with {@link #PAGE_GRAPH} saying which graph each
 * replaces and the sequence number the page reaches; then each graph is replaced from its staged
 * copy (dropped, then filled from it), then the state is set, then the staged copies are dropped. A request
 * cut after the staging leaves a page whose number is beyond the state: the next run first
 * completes it from the staged copies ({@link Result#completed}), and a cut before it leaves the
 * target as the page before left it.
 */
public final class FeedSync {
  /** The target's graph that says which feed it follows and the last event applied. */
  public static final String STATE_GRAPH = Iris.SYNC_GRAPH;
  private static final Node STATE = NodeFactory.createURI(STATE_GRAPH);

  /** A remote target's graph that describes the page being written, and its staged graphs. */
  public static final String PAGE_GRAPH = STATE_GRAPH + ":page";
  private static final Node PAGE = NodeFactory.createURI(PAGE_GRAPH);

  /** The names of a remote target's staged copies of a page's graphs: this and a number. */
  public static final String STAGE_PREFIX = STATE_GRAPH + ":stage:";

  /**
   * What one run did: the events it applied, those among them applied by re-reading their graph,
   * the events of a write cut short before the run that it completed first, and the last event
   * the target now holds.
   */
  public record Result(long applied, long reread, long completed, long lastSequence) {}

  private final URI feed;
  private final GraphStore target;
  private final HttpClient http;

  /**
   * @param feed the feed's address, {@code https://host/changes} (a service's base address is
   *     taken to mean its {@code changes})
   */
  public FeedSync(URI feed, GraphStore target) {
    String f = feed.toString();
    this.feed = URI.create(f.endsWith("/changes") ? f : (f.endsWith("/") ? f : f + "/") + "changes");
    this.target = target;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The last sequence number the target has applied from this feed, 0 when none. */
  public long lastApplied() {
    Graph state = target.getGraph(STATE_GRAPH);
    Iterator<Triple> source = state.find(STATE, DCTerms.source.asNode(), Node.ANY);
    if (source.hasNext() && !source.next().getObject().getURI().equals(feed.toString())) {
      throw new IllegalStateException("the target follows another feed, " + state.find(STATE, DCTerms.source.asNode(), Node.ANY).next().getObject()
          + ", not " + feed + "; sync into an empty store or the store that follows this feed");
    }
    Iterator<Triple> last = state.find(STATE, PG.lastSequence.asNode(), Node.ANY);
    return last.hasNext() ? Long.parseLong(last.next().getObject().getLiteralLexicalForm()) : 0;
  }

  /**
   * Marks the target as holding the source's content up to event {@code seq} (after loading a
   * release consistent with it), so the next sync starts after it.
   */
  public void startAt(long seq) {
    target.replaceGraph(STATE_GRAPH, state(seq));
  }

  /**
   * Applies at most {@code maxEvents} events (0 for all there are) and returns what it did. The
   * events of one page are applied in one write, with the number of the last of them: a write per
   * event (a commit of the store and of its text index each) held a sync to a few events a
   * second, and a write that fails leaves the target at the end of the page before.
   */
  public Result run(long maxEvents) {
    long last = lastApplied();
    long completed = completeInterruptedWrite(last);
    last += completed;
    long applied = 0;
    long reread = 0;
    while (maxEvents == 0 || applied < maxEvents) {
      JsonObject page = JSON.parse(get(URI.create(feed + "?since=" + last), "application/ld+json"));
      JsonArray items = page.get("orderedItems").getAsArray();
      if (items.isEmpty()) {
        break;
      }
      // The graphs this page's events leave, each as its last event left it.
      Map<String, Graph> pending = new LinkedHashMap<>();
      long pageStart = last;
      for (JsonValue item : items) {
        if (maxEvents > 0 && applied >= maxEvents) {
          break;
        }
        JsonObject e = item.getAsObject();
        long seq = e.get("sequence").getAsNumber().value().longValue();
        if (seq != last + 1) {
          write(pending, pageStart, last);
          throw new IllegalStateException("the feed at " + feed + " jumps from event " + last + " to " + seq + "; stopped before applying it");
        }
        if (apply(e, pending)) {
          reread++;
        }
        applied++;
        last = seq;
      }
      write(pending, pageStart, last);
      if (!page.hasKey("next")) {
        break;
      }
    }
    return new Result(applied, reread, completed, last);
  }

  /** Writes the graphs of the events after {@code from} up to {@code to}, and {@code to} as the last applied, in one write. */
  private void write(Map<String, Graph> pending, long from, long to) {
    if (to == from) {
      return;
    }
    if (target.kind() == StoreKind.REMOTE) {
      writeStaged(pending, to);
      return;
    }
    Map<String, Graph> write = new LinkedHashMap<>(pending);
    write.put(STATE_GRAPH, state(to));
    target.replaceGraphs(write);
  }

  /** The write of a page to a remote target, in an order that a request cut short cannot spoil (see the class comment). */
  private void writeStaged(Map<String, Graph> pending, long to) {
    UpdateRequest request = new UpdateRequest();
    // What a write cut short after setting the state may have left.
    request.add(new UpdateDrop(Target.create(PAGE), true));
    Map<Node, Node> replaces = new LinkedHashMap<>();
    Set<Node> filled = new HashSet<>();
    for (String graph : pending.keySet()) {
      Node stage = NodeFactory.createURI(STAGE_PREFIX + replaces.size());
      replaces.put(stage, NodeFactory.createURI(graph));
      if (!pending.get(graph).isEmpty()) {
        filled.add(stage);
      }
      request.add(new UpdateDrop(Target.create(stage), true));
    }
    // One operation: a request cut inside it fails to parse, and nothing of it is written.
    QuadDataAcc staged = new QuadDataAcc();
    staged.addQuad(Quad.create(PAGE, PAGE, PG.lastSequence.asNode(), sequence(to)));
    replaces.forEach((stage, graph) -> {
      staged.addQuad(Quad.create(PAGE, stage, DCTerms.replaces.asNode(), graph));
      pending.get(graph.getURI()).find().forEach(t -> staged.addQuad(Quad.create(stage, t)));
    });
    request.add(new UpdateDataInsert(staged));
    replaceFromStages(request, replaces, filled, to);
    target.update(request);
  }

  /**
   * Completes a remote target's page write that was cut short after its graphs were staged, and
   * returns the number of events it held beyond {@code last}, the last event the target's state
   * says it applied (0 when there was no such write): the state is now that many events further.
   */
  private long completeInterruptedWrite(long last) {
    if (target.kind() != StoreKind.REMOTE) {
      return 0;
    }
    Graph page = target.getGraph(PAGE_GRAPH);
    Iterator<Triple> reached = page.find(PAGE, PG.lastSequence.asNode(), Node.ANY);
    if (!reached.hasNext()) {
      return 0;
    }
    long to = Long.parseLong(reached.next().getObject().getLiteralLexicalForm());
    UpdateRequest request = new UpdateRequest();
    if (to <= last) {
      // Its state was set: only the dropping of its staged copies was cut short.
      page.find(Node.ANY, DCTerms.replaces.asNode(), Node.ANY).forEach(t -> request.add(new UpdateDrop(Target.create(t.getSubject()), true)));
      request.add(new UpdateDrop(Target.create(PAGE), true));
      target.update(request);
      return 0;
    }
    Map<Node, Node> replaces = new LinkedHashMap<>();
    Set<Node> filled = new HashSet<>();
    page.find(Node.ANY, DCTerms.replaces.asNode(), Node.ANY).forEach(t -> {
      replaces.put(t.getSubject(), t.getObject());
      if (target.containsGraph(t.getSubject().getURI())) {
        filled.add(t.getSubject());
      }
    });
    replaceFromStages(request, replaces, filled, to);
    target.update(request);
    return to - last;
  }

  /**
   * Adds to {@code request} the operations that replace each graph with its staged copy (a stage
   * not in {@code filled} is empty and deletes its graph), set the state to {@code to} and drop
   * the staged copies. Each does the same when done again, so a request cut among them is
   * completed by sending them again.
   */
  private void replaceFromStages(UpdateRequest request, Map<Node, Node> replaces, Set<Node> filled, long to) {
    replaces.forEach((stage, graph) -> {
      request.add(new UpdateDrop(Target.create(graph), true));
      if (filled.contains(stage)) {
        // Not COPY: Fuseki's TDB2 copies a graph by reading it while it writes the same indexes, and
        // a large graph comes out short by a few dozen triples. A pattern is read whole before
        // anything is inserted.
        ParameterizedSparqlString copy = new ParameterizedSparqlString("INSERT { GRAPH ?graph { ?s ?p ?o } } WHERE { GRAPH ?stage { ?s ?p ?o } }");
        copy.setParam("graph", graph);
        copy.setParam("stage", stage);
        UpdateFactory.create(copy.toString()).forEach(request::add);
      }
    });
    // One operation, so that the state is never missing, whatever was cut.
    ParameterizedSparqlString state = new ParameterizedSparqlString(
        "DELETE { GRAPH ?state { ?state ?p ?o } } INSERT { GRAPH ?state { ?state ?source ?feed ; ?last ?to } }"
            + " WHERE { OPTIONAL { GRAPH ?state { ?state ?p ?o } } }");
    state.setParam("state", STATE);
    state.setParam("source", DCTerms.source.asNode());
    state.setParam("feed", NodeFactory.createURI(feed.toString()));
    state.setParam("last", PG.lastSequence.asNode());
    state.setParam("to", sequence(to));
    UpdateFactory.create(state.toString()).forEach(request::add);
    replaces.keySet().forEach(stage -> request.add(new UpdateDrop(Target.create(stage), true)));
    request.add(new UpdateDrop(Target.create(PAGE), true));
  }

  private static Node sequence(long seq) {
    return NodeFactory.createLiteralDT(Long.toString(seq), XSDDatatype.XSDlong);
  }

  /**
   * Applies one event to {@code pending} (the graphs earlier events of the page left; the
   * target's for the others); true when the graph was re-read.
   */
  private boolean apply(JsonObject e, Map<String, Graph> pending) {
    String kind = e.get("type").getAsString().value();
    JsonObject object = e.get("object").getAsObject();
    String graph = object.get("id").getAsString().value();
    Graph content;
    boolean reread = false;
    if (kind.equals("Delete")) {
      content = GraphFactory.createDefaultGraph();
    } else {
      RDFPatch patch = e.hasKey("patch") ? RDFPatchOps.read(new ByteArrayInputStream(
          get(URI.create(e.get("patch").getAsString().value()), "application/rdf-patch").getBytes(StandardCharsets.UTF_8))) : null;
      if (patch != null && !deletesBlankNodes(patch)) {
        content = pending.containsKey(graph) ? pending.get(graph) : target.getGraph(graph);
        Graph into = content;
        patch.apply(new RDFChangesBase() {
          @Override
          public void add(Node g, Node s, Node p, Node o) {
            into.add(s, p, o);
          }

          @Override
          public void delete(Node g, Node s, Node p, Node o) {
            into.delete(s, p, o);
          }
        });
      } else {
        content = read(URI.create(object.get("url").getAsString().value()));
        reread = true;
      }
    }
    pending.put(graph, content);
    return reread;
  }

  private static boolean deletesBlankNodes(RDFPatch patch) {
    boolean[] found = {false};
    patch.apply(new RDFChangesBase() {
      @Override
      public void delete(Node g, Node s, Node p, Node o) {
        found[0] |= s.isBlank() || o.isBlank();
      }
    });
    return found[0];
  }

  private Graph state(long seq) {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(STATE, DCTerms.source.asNode(), NodeFactory.createURI(feed.toString()));
    g.add(STATE, PG.lastSequence.asNode(), sequence(seq));
    return g;
  }

  /** The graph's content at the source, empty when the source no longer has it. */
  private Graph read(URI url) {
    Graph g = GraphFactory.createDefaultGraph();
    String body = fetch(url, "application/n-triples", true);
    if (body != null) {
      RDFParser.fromString(body, Lang.NTRIPLES).parse(g);
    }
    return g;
  }

  private String get(URI url, String accept) {
    return fetch(url, accept, false);
  }

  private String fetch(URI url, String accept, boolean notFoundIsNull) {
    HttpRequest request = HttpRequest.newBuilder(url).header("Accept", accept).timeout(Duration.ofMinutes(5)).GET().build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() == 404 && notFoundIsNull) {
        return null;
      }
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException("could not GET " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + url, e);
    }
  }
}
