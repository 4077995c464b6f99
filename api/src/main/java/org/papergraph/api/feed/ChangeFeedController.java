package org.papergraph.api.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.api.config.FeedProperties;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.NotFoundException;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.core.feed.ChangeEvent;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphStore;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed: {@code /changes} (the collection), {@code /changes/pages/{start}} (fixed pages,
 * immutable once full), {@code /changes?since=SEQ} (the events after SEQ, to resume from) and
 * {@code /changes/{seq}/patch} (one change as RDF Patch).
 */
@RestController
class ChangeFeedController {
  static final String RDF_PATCH = "application/rdf-patch";
  /** JSON-LD first: it is the feed's own format; the others are the same documents as RDF. */
  static final List<Lang> OFFERS = List.of(Lang.JSONLD, Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.TRIG, Lang.NQUADS);
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String REVALIDATE = "no-cache";

  private final GraphStore store;
  private final JsonMapper json;
  private final int pageSize;

  ChangeFeedController(GraphStore store, JsonMapper json, FeedProperties props) {
    this.store = store;
    this.json = json;
    this.pageSize = props.pageSize();
  }

  private static FeedDocuments documents() {
    return new FeedDocuments(ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString());
  }

  @Operation(
      summary = "The change feed: every create, update and delete of a named graph, in commit order",
      description = "An ActivityStreams 2.0 OrderedCollection in JSON-LD (RDF formats by content negotiation) linking its first and "
          + "last pages. With since=SEQ, a page of the events after SEQ (up to the page size), with next while more follow: a "
          + "consumer stores the last sequence number it applied and resumes from it. Each event (Create, Update, Delete) has "
          + "its sequence number, time, graph (object, with url to its current content at the Graph Store endpoint), the paper "
          + "of a record graph, its content hash and ingest run, and the change as an RDF Patch (patch).")
  @GetMapping("/changes")
  void collection(
      @Parameter(description = "the last sequence number the consumer has applied; 0 for the start")
      @RequestParam(name = "since", required = false) String since,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      HttpServletResponse response) throws IOException {
    Lang lang = RdfResponses.negotiate(accept, OFFERS);
    FeedDocuments docs = documents();
    long last = ChangeJournal.lastSequence(store);
    if (since == null) {
      send(response, docs.collection(last, pageSize), lang, REVALIDATE, ifNoneMatch);
      return;
    }
    long after = sequence(since, "since");
    long to = Math.min(after + pageSize, last);
    List<ChangeEvent> events = ChangeJournal.eventsWithoutPatches(store, after + 1, to);
    String next = to < last ? docs.sinceUrl(to) : null;
    String prev = after > 0 ? docs.sinceUrl(Math.max(0, after - pageSize)) : null;
    send(response, docs.page(docs.sinceUrl(after), Math.min(after, last), prev, next, events), lang, REVALIDATE, ifNoneMatch);
  }

  @Operation(
      summary = "A fixed page of the change feed, starting at a sequence number",
      description = "Pages start at 1, 1 + size, 1 + 2 size, ... (papergraph.feed.page-size, 100 by default). A full page never "
          + "changes again and is sent with Cache-Control immutable and an ETag; the last page grows and is revalidated.")
  @GetMapping("/changes/pages/{start}")
  void page(
      @PathVariable("start") String startText,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      HttpServletResponse response) throws IOException {
    Lang lang = RdfResponses.negotiate(accept, OFFERS);
    long start = sequence(startText, "the page's first sequence number");
    if (start < 1 || FeedDocuments.pageStart(start, pageSize) != start) {
      throw new NotFoundException("no page of the feed starts at " + start + ": pages start at 1, " + (1 + pageSize) + ", "
          + (1 + 2L * pageSize) + ", ...; the page that holds event " + Math.max(start, 1) + " is /changes/pages/"
          + FeedDocuments.pageStart(Math.max(start, 1), pageSize));
    }
    long last = ChangeJournal.lastSequence(store);
    if (start > 1 && start > last) {
      throw new NotFoundException("the feed has " + last + " events; no page starts at " + start + " yet");
    }
    long end = start + pageSize - 1;
    FeedDocuments docs = documents();
    List<ChangeEvent> events = ChangeJournal.eventsWithoutPatches(store, start, Math.min(end, last));
    String prev = start > 1 ? docs.pageUrl(start - pageSize) : null;
    String next = end < last ? docs.pageUrl(end + 1) : null;
    // A full page never changes again: its events are committed and sequence numbers are not reused.
    send(response, docs.page(docs.pageUrl(start), start - 1, prev, next, events), lang, end <= last ? IMMUTABLE : REVALIDATE, ifNoneMatch);
  }

  @Operation(
      summary = "One change of the feed as an RDF Patch (application/rdf-patch)",
      description = "The triples the write deleted from the event's graph, then those it added, each with the graph, so that the "
          + "patch applies to a dataset. 404 for an event whose write was too large to record its triples: re-read the graph.")
  @GetMapping("/changes/{seq}/patch")
  void patch(@PathVariable("seq") String seqText, HttpServletResponse response) throws IOException {
    long seq = sequence(seqText, "the event's sequence number");
    List<ChangeEvent> events = ChangeJournal.events(store, seq, seq);
    if (events.isEmpty()) {
      throw new NotFoundException("the feed has no event " + seq);
    }
    ChangeEvent e = events.get(0);
    if (!e.patchComplete()) {
      throw new NotFoundException("event " + seq + " has no patch: its write was too large to record its triples; read the graph <"
          + e.graph() + "> at " + documents().graphUrl(e.graph()) + " instead");
    }
    byte[] body = ChangeJournal.datasetPatch(e).getBytes(StandardCharsets.UTF_8);
    response.setContentType(RDF_PATCH + "; charset=utf-8");
    response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static long sequence(String text, String what) {
    try {
      long n = Long.parseLong(text.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestException(what + " must be a whole number of zero or more, not '" + text + "'");
    }
  }

  private void send(HttpServletResponse response, Map<String, Object> document, Lang lang, String cacheControl, String ifNoneMatch)
      throws IOException {
    byte[] body = json.writeValueAsBytes(document);
    if (!lang.equals(Lang.JSONLD)) {
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.fromString(new String(body, StandardCharsets.UTF_8), Lang.JSONLD).parse(g);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      RDFDataMgr.write(out, g, lang);
      body = out.toByteArray();
    }
    String etag = "\"" + sha256(body) + "\"";
    RdfResponses.prepare(response, lang);
    response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
    response.setHeader(HttpHeaders.ETAG, etag);
    if (etag.equals(ifNoneMatch)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
