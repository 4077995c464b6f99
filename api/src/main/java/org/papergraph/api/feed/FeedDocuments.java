package org.papergraph.api.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.core.feed.ChangeEvent;
import org.papergraph.core.feed.ChangeJournal;

/**
 * The feed's documents as ActivityStreams 2.0 JSON-LD: the OrderedCollection and its pages. The
 * context is inline and names every term by its full IRI, so the documents read as RDF without
 * fetching anything, and the RDF formats are these documents read as JSON-LD.
 */
final class FeedDocuments {
  static final String AS = "https://www.w3.org/ns/activitystreams#";
  static final Map<String, Object> CONTEXT = context();

  private final String service;

  /** @param service the service's base URL, ending in '/' */
  FeedDocuments(String service) {
    this.service = service;
  }

  private static Map<String, Object> context() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("as", AS);
    c.put("pg", "https://w3id.org/papergraph/ns#");
    c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    c.put("id", "@id");
    c.put("type", "@type");
    for (String t : List.of("OrderedCollection", "OrderedCollectionPage", "Create", "Update", "Delete", "Link")) {
      c.put(t, "as:" + t);
    }
    c.put("totalItems", Map.of("@id", "as:totalItems", "@type", "xsd:nonNegativeInteger"));
    c.put("startIndex", Map.of("@id", "as:startIndex", "@type", "xsd:nonNegativeInteger"));
    for (String t : List.of("first", "last", "next", "prev", "partOf", "object", "url")) {
      c.put(t, Map.of("@id", "as:" + t, "@type", "@id"));
    }
    c.put("orderedItems", Map.of("@id", "as:items", "@type", "@id", "@container", "@list"));
    c.put("published", Map.of("@id", "as:published", "@type", "xsd:dateTime"));
    c.put("summary", "as:summary");
    c.put("sequence", Map.of("@id", "pg:sequence", "@type", "xsd:long"));
    c.put("lastSequence", Map.of("@id", "pg:lastSequence", "@type", "xsd:long"));
    c.put("paper", Map.of("@id", "http://schema.org/about", "@type", "@id"));
    c.put("contentHash", "pg:contentHash");
    c.put("ingestRun", Map.of("@id", "http://www.w3.org/ns/prov#wasGeneratedBy", "@type", "@id"));
    // The patch document is attached to its event; pg:rdfPatch is the patch text in the journal.
    c.put("patch", Map.of("@id", "as:attachment", "@type", "@id"));
    c.put("patchComplete", Map.of("@id", "pg:patchComplete", "@type", "xsd:boolean"));
    return c;
  }

  String collectionUrl() {
    return service + "changes";
  }

  /** The address of the fixed page that starts at sequence number {@code start}. */
  String pageUrl(long start) {
    return service + "changes/pages/" + start;
  }

  String sinceUrl(long since) {
    return service + "changes?since=" + since;
  }

  String patchUrl(long seq) {
    return service + "changes/" + seq + "/patch";
  }

  /** The graph's current content, at the Graph Store Protocol endpoint. */
  String graphUrl(String graph) {
    return service + "graph-store?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
  }

  Map<String, Object> collection(long last, int pageSize) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@context", CONTEXT);
    d.put("id", collectionUrl());
    d.put("type", "OrderedCollection");
    d.put("summary", "Every change to the named graphs of this store, in commit order; each event links to the graph's content and to the change as an RDF Patch.");
    d.put("totalItems", last);
    d.put("lastSequence", last);
    d.put("first", pageUrl(1));
    d.put("last", pageUrl(pageStart(Math.max(last, 1), pageSize)));
    return d;
  }

  /** The first sequence number of the fixed page that holds {@code seq}. */
  static long pageStart(long seq, int pageSize) {
    return (seq - 1) / pageSize * pageSize + 1;
  }

  /**
   * A page of events.
   *
   * @param id the page's address
   * @param startIndex the number of events before the page's first
   * @param prev the previous page's address, or null
   * @param next the next page's address, or null
   */
  Map<String, Object> page(String id, long startIndex, String prev, String next, List<ChangeEvent> events) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@context", CONTEXT);
    d.put("id", id);
    d.put("type", "OrderedCollectionPage");
    d.put("partOf", collectionUrl());
    d.put("startIndex", startIndex);
    if (prev != null) {
      d.put("prev", prev);
    }
    if (next != null) {
      d.put("next", next);
    }
    List<Object> items = new ArrayList<>();
    for (ChangeEvent e : events) {
      items.add(event(e));
    }
    d.put("orderedItems", items);
    return d;
  }

  private Map<String, Object> event(ChangeEvent e) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", ChangeJournal.eventNode(e.sequence()).getURI());
    d.put("type", switch (e.kind()) {
      case CREATE -> "Create";
      case UPDATE -> "Update";
      case DELETE -> "Delete";
    });
    d.put("sequence", e.sequence());
    d.put("published", e.time().toString());
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("id", e.graph());
    object.put("url", graphUrl(e.graph()));
    d.put("object", object);
    if (e.paper() != null) {
      d.put("paper", e.paper());
    }
    if (e.contentHash() != null) {
      d.put("contentHash", e.contentHash());
    }
    if (e.ingestRun() != null) {
      d.put("ingestRun", e.ingestRun());
    }
    if (e.patchComplete()) {
      d.put("patch", patchUrl(e.sequence()));
    } else {
      d.put("patchComplete", false);
    }
    return d;
  }
}
