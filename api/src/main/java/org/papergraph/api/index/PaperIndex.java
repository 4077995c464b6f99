package org.papergraph.api.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.api.web.EntityIds;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphValues;
import org.papergraph.core.store.StoreThreads;
import org.papergraph.core.vocab.Vocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A compact row per paper (date, title, topics, venues, repository owners), read from the store
 * with a handful of whole-graph queries and kept until the store changes. Filters, facets,
 * cursors, co-occurrence and profiles are computed from it, so they cost memory scans rather
 * than one SPARQL query per facet and page.
 *
 * <p>Reading the whole store takes seconds on a large one, so requests never do it: after a
 * change, the index is rebuilt on one background thread while requests keep getting the
 * previous snapshot. A burst of changes gets one rebuild for all the changes made before it
 * starts. The first build starts when the server is ready (two minutes at 350k papers), so
 * that requests find it done; only a request that comes before it is, waits. A write through
 * the api waits for the rebuild that includes it ({@link StoreChanges#awaitViews}), so the
 * writer reads its own write; other readers may see the previous snapshot for as long as a
 * rebuild takes. Writes to the VoID description alone do not touch the index.
 */
@Service
public class PaperIndex implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(PaperIndex.class);

  /** A topic of a paper, with the assignment's score when there is one. */
  public record TopicRef(String iri, BigDecimal score, String method) {}

  /** An edition a paper was presented at, or a journal it is in ({@code edition} and {@code year} null). */
  public record VenueRef(String series, String edition, Integer year) {}

  /**
   * One paper, as filters and views need it; {@code parts} are the workshops and tracks of an
   * edition its venue claims name ({@code pg:claimedPart}).
   */
  public record Row(
      String id,
      String iri,
      LocalDate created,
      String title,
      List<TopicRef> topics,
      List<VenueRef> venues,
      List<String> repositories,
      List<String> owners,
      List<String> parts) {
    public boolean hasCode() {
      return !repositories.isEmpty();
    }
  }

  /**
   * All rows, newest first, with the labels of what they point at, and per topic, venue series,
   * repository and repository owner the positions in {@code rows} of the papers that have it,
   * ascending (so newest first too), each paper once: filters, counts and profiles walk these
   * instead of every row.
   */
  public record Snapshot(
      List<Row> rows,
      Map<String, Row> byIri,
      Map<String, String> labels,
      Map<String, int[]> byTopic,
      Map<String, int[]> byVenue,
      Map<String, int[]> byRepository,
      Map<String, int[]> byOwner,
      Map<String, int[]> byPart) {
    public String label(String iri) {
      return labels.get(iri);
    }

    /** The rows at {@code positions}, in their order. */
    public List<Row> rowsAt(int[] positions) {
      Row[] out = new Row[positions.length];
      for (int i = 0; i < positions.length; i++) {
        out[i] = rows.get(positions[i]);
      }
      return List.of(out);
    }

    /**
     * The positions per entity of {@code kind}: {@code "topic"}, {@code "venue"} (series and
     * journals), {@code "repository"} or {@code "owner"}; null for any other kind.
     */
    public Map<String, int[]> postings(String kind) {
      return switch (kind) {
        case "topic" -> byTopic;
        case "venue" -> byVenue;
        case "repository" -> byRepository;
        case "owner" -> byOwner;
        default -> null;
      };
    }

    /**
     * Papers per key of {@code postings} (one of this snapshot's maps): a cost that follows the
     * number of keys, not of papers.
     */
    public static Map<String, Long> counts(Map<String, int[]> postings) {
      Map<String, Long> out = new HashMap<>(postings.size() * 2);
      postings.forEach((k, positions) -> out.put(k, (long) positions.length));
      return out;
    }

    /** Positions of the papers with topic {@code iri}; empty when none. */
    public int[] withTopic(String iri) {
      return byTopic.getOrDefault(iri, NONE);
    }

    /** Positions of the papers presented at an edition of series {@code iri}; empty when none. */
    public int[] atVenue(String iri) {
      return byVenue.getOrDefault(iri, NONE);
    }

    /** Positions of the papers whose venue claims name workshop or track {@code iri}; empty when none. */
    public int[] claimingPart(String iri) {
      return byPart.getOrDefault(iri, NONE);
    }

    /** Positions of the papers with a repository of owner {@code iri}; empty when none. */
    public int[] ofOwner(String iri) {
      return byOwner.getOrDefault(iri, NONE);
    }
  }

  private static final int[] NONE = new int[0];

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query PAPERS = QueryFactory.create(PROLOGUE + """
      SELECT ?p ?id ?created ?title WHERE {
        ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:created ?created .
        OPTIONAL { ?p dcterms:title ?title }
      }""");
  // The queries below do not ask ?p to be a paper: only the rows of PAPERS are kept, and a type
  // check per match would cost a lookup for each of millions of matches (or, for the union,
  // make it run once per paper).
  private static final Query SUBJECTS = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?t WHERE { ?p dcterms:subject ?t }""");
  private static final Query SCORES = QueryFactory.create(PROLOGUE + """
      SELECT ?a ?t ?score ?method WHERE { ?a a pg:TopicAssignment ; pg:topic ?t ; pg:score ?score OPTIONAL { ?a pg:method ?method } }""");
  /** Editions a paper was presented at, and journals (or anything else) a paper is part of. */
  private static final Query PRESENTED_AT = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?e ?s WHERE { { ?p bibo:presentedAt ?e } UNION { ?p dcterms:isPartOf ?s } }""");
  /**
   * Each edition's series and year. Read apart from the papers, not joined to them: an edition is
   * described again in the record graph of every paper presented at it, so a lookup per paper
   * would read all those copies each time, a cost that grows with the square of the papers per
   * edition (most of the whole build at 350k papers).
   */
  private static final Query EDITIONS = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?e ?s ?year WHERE { ?e schema:superEvent ?s OPTIONAL { ?e pg:year ?year } }""");
  private static final Query JOURNALS = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?s WHERE { ?s a bibo:Journal }""");
  private static final Query REPOSITORIES = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?r ?o WHERE {
        ?p pg:hasRepository ?r . OPTIONAL { ?r pg:owner ?o }
      }""");
  /** The workshops and tracks a paper's venue claims name. */
  private static final Query CLAIMED_PARTS = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?part WHERE { ?p pg:venueClaim ?c . ?c pg:claimedPart ?part }""");
  /** {@link #SCORES} for the assignments of the papers bound to {@code ?p}. */
  private static final Query SCORES_OF_PAPERS = QueryFactory.create(PROLOGUE + """
      SELECT ?a ?t ?score ?method WHERE { ?p pg:topicAssignment ?a . ?a a pg:TopicAssignment ; pg:topic ?t ; pg:score ?score OPTIONAL { ?a pg:method ?method } }""");
  private static final Query LABELS = QueryFactory.create(PROLOGUE + """
      SELECT ?x ?label WHERE {
        { ?x a skos:Concept } UNION { ?x a schema:EventSeries } UNION { ?x a bibo:Journal }
        ?x skos:prefLabel ?label .
      }""");

  private final ViewQueries queries;
  private final EntityIds ids;
  private final Iris iris;
  // The graphs changed since the last rebuild began, or null when any graph may have changed:
  // a rebuild after changes to paper records alone reads only those papers.
  private final Object changedLock = new Object();
  private Set<String> changedGraphs = new HashSet<>();
  private final StoreChanges changes;
  /** The latest store change that may alter the rows: any but one to the VoID description alone. */
  private final StoreChanges.Mark wanted;
  private final ExecutorService builder = StoreThreads.single("papergraph-paper-index");
  private final AtomicInteger builds = new AtomicInteger();
  private final AtomicInteger paperUpdates = new AtomicInteger();

  /** A snapshot with the stamp of the store state it was read from. */
  private record Built(Snapshot snapshot, StoreChanges.Stamp stamp) {}

  private volatile Built current;
  // All guarded by this: a rebuild waiting to start, the version the running one started from
  // (-1 when none runs), and the failed rebuilds so far, with the last failure.
  private boolean queued;
  private long buildingFrom = -1;
  private int failures;
  private Throwable failure;
  private boolean closed;

  PaperIndex(ViewQueries queries, EntityIds ids, StoreChanges changes, Iris iris) {
    this.queries = queries;
    this.ids = ids;
    this.iris = iris;
    this.changes = changes;
    // Heard before the mark below hears the same change: a rebuild stamped with a version finds
    // the graphs of every change up to it here.
    changes.onChange(c -> {
      synchronized (changedLock) {
        if (changedGraphs != null) {
          if (c.allGraphs()) {
            changedGraphs = null;
          } else {
            changedGraphs.addAll(c.graphs());
          }
        }
      }
    });
    this.wanted = changes.markIgnoring(iris.voidGraph());
    changes.addLaggingView(this::awaitCurrent);
  }

  /**
   * The rows as of the store's latest change, or, while the index is being rebuilt after it, as
   * of the change before; only the first call waits for a build.
   */
  public Snapshot snapshot() {
    Built b = current;
    if (b == null) {
      return awaitBuilt(wanted.latest(), true).snapshot();
    }
    if (b.stamp().version() < wanted.latest() || changes.expired(b.stamp())) {
      synchronized (this) {
        schedule(wanted.latest());
      }
      // What is computed from this snapshot must not be kept as current.
      ViewCache.readStale();
    }
    return b.snapshot();
  }

  /**
   * Starts the first build when the server is ready, off every request: on a large store it takes
   * minutes, which the first request would otherwise wait for.
   */
  @EventListener(ApplicationReadyEvent.class)
  public synchronized void buildAtStart() {
    if (current == null) {
      schedule(wanted.latest());
    }
  }

  /**
   * Returns once the index covers every change announced before the call (at once when nothing
   * has read the index yet: the first reader builds it with everything). A failed rebuild ends
   * the wait too; the write it follows has committed all the same.
   */
  void awaitCurrent() {
    if (current != null) {
      awaitBuilt(wanted.latest(), false);
    }
  }

  /** How many of {@link #builds} read only the papers changed, for tests. */
  int paperUpdates() {
    return paperUpdates.get();
  }

  /** How many times the index was read from the store, for tests. */
  int builds() {
    return builds.get();
  }

  private synchronized Built awaitBuilt(long target, boolean rethrow) {
    int failuresBefore = failures;
    boolean interrupted = false;
    try {
      while (current == null || current.stamp().version() < target) {
        if (failures != failuresBefore) {
          if (!rethrow) {
            return current;
          }
          if (failure instanceof RuntimeException e) {
            throw e;
          }
          throw new IllegalStateException("the paper index could not be built", failure);
        }
        if (closed) {
          if (!rethrow) {
            return current;
          }
          throw new IllegalStateException("the paper index is closed");
        }
        schedule(target);
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      return current;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Has a rebuild run unless one is waiting to, or running since a version at least {@code
   * target}, or the current snapshot covers {@code target} and is fresh: a reader that found the
   * snapshot behind may get here just after the rebuild that catches up with it ended.
   */
  private void schedule(long target) {
    Built c = current;
    if (queued || closed || buildingFrom >= target
        || (c != null && c.stamp().version() >= target && !changes.expired(c.stamp()))) {
      return;
    }
    queued = true;
    builder.execute(this::rebuild);
  }

  private void rebuild() {
    StoreChanges.Stamp stamp;
    synchronized (this) {
      queued = false;
      if (closed) {
        return;
      }
      stamp = new StoreChanges.Stamp(wanted.coveredByReadNow(), System.nanoTime());
      buildingFrom = stamp.version();
    }
    Set<String> changed;
    synchronized (changedLock) {
      changed = changedGraphs;
      changedGraphs = new HashSet<>();
    }
    Built built = null;
    Throwable failed = null;
    try {
      long t0 = System.nanoTime();
      Built previous = current;
      Set<String> papers = previous == null ? null : changedPapers(changed);
      Snapshot snap = papers == null ? build() : update(previous.snapshot(), papers);
      builds.incrementAndGet();
      if (papers != null) {
        paperUpdates.incrementAndGet();
      }
      built = new Built(snap, stamp);
      log.debug("paper index {} for store version {}: {} papers in {} ms", papers == null ? "built" : "updated for " + papers.size() + " papers",
          stamp.version(), snap.rows().size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    } catch (RuntimeException | Error e) {
      // What this rebuild was to cover is still to be covered by the next.
      synchronized (changedLock) {
        if (changed == null) {
          changedGraphs = null;
        } else if (changedGraphs != null) {
          changedGraphs.addAll(changed);
        }
      }
      // The next reader or writer tries again; a first reader waiting for it gets the error.
      log.warn("could not build the paper index", e);
      failed = e;
    } finally {
      synchronized (this) {
        if (built != null) {
          current = built;
        } else {
          failure = failed;
          failures++;
        }
        buildingFrom = -1;
        notifyAll();
      }
    }
  }

  /** Skips the rebuilds still waiting and waits for the one under way. */
  @Override
  public void destroy() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    StoreThreads.shutdownAndAwait(builder);
  }

  /**
   * The papers whose record graphs {@code changed} names, when nothing else the index reads
   * changed with them (reference graphs, a client's own graphs); null when the index must be
   * read whole. Ingest runs, the change feed and the VoID description hold nothing it reads.
   */
  private Set<String> changedPapers(Set<String> changed) {
    if (changed == null) {
      return null;
    }
    Set<String> papers = new HashSet<>();
    String runs = iris.ingestRun("");
    for (String g : changed) {
      if (iris.isPaperGraph(g)) {
        papers.add(iris.paper(iris.arxivIdOf(g)));
      } else if (!g.startsWith(runs) && !g.equals(iris.voidGraph()) && !g.equals(Iris.FEED_GRAPH)) {
        return null;
      }
    }
    return papers;
  }

  /**
   * {@code previous} with the rows of {@code papers} read again from the store (and those whose
   * paper is gone left out), and the labels of what the new rows point at: a cost that follows
   * the papers changed, not the store, but for a pass over the rows and postings in memory.
   */
  private Snapshot update(Snapshot previous, Set<String> papers) {
    Map<String, Row> fresh = papers.isEmpty() ? Map.of() : rows(papers);
    Map<String, String> labels = previous.labels();
    Set<String> pointedAt = new HashSet<>();
    for (Row r : fresh.values()) {
      r.topics().forEach(t -> pointedAt.add(t.iri()));
      r.venues().forEach(v -> pointedAt.add(v.series()));
    }
    if (!pointedAt.isEmpty()) {
      // Shared with the previous snapshot but for the labels read again.
      labels = OverlayMap.with(labels, pointedAt, labels(GraphValues.restrict(LABELS, "x", pointedAt)));
    }
    return updated(previous, papers, fresh, labels);
  }

  private Snapshot build() {
    return snapshot(rows(null), labels(LABELS));
  }

  /** The rows of {@code papers}, or of every paper for null, each with its lists sorted. */
  private Map<String, Row> rows(Set<String> papers) {
    Map<String, Row> rows = new LinkedHashMap<>();
    queries.forEachInBackground(only(PAPERS, papers), s -> rows.computeIfAbsent(s.getResource("p").getURI(), iri -> new Row(
        s.getLiteral("id").getString(), iri, LocalDate.parse(s.getLiteral("created").getLexicalForm()),
        string(s.get("title")),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
    Map<String, TopicRef> scores = new LinkedHashMap<>();
    queries.forEachInBackground(papers == null ? SCORES : GraphValues.restrict(SCORES_OF_PAPERS, "p", papers), s -> {
      String t = s.getResource("t").getURI();
      RDFNode method = s.get("method");
      scores.put(s.getResource("a").getURI() + " " + t,
          new TopicRef(t, decimal(s.get("score")), method != null && method.isURIResource() ? method.asResource().getURI() : null));
    });
    queries.forEachInBackground(only(SUBJECTS, papers), s -> {
      Row row = rows.get(s.getResource("p").getURI());
      String t = s.getResource("t").getURI();
      if (row != null && ids.isTopic(t)) {
        // The model names a paper's assignment of topic {slug} {paper IRI}#topic-{slug}.
        String assignment = row.iri() + "#topic-" + ids.topicSlug(t);
        row.topics().add(scores.getOrDefault(assignment + " " + t, new TopicRef(t, null, null)));
      }
    });
    venues(rows, papers);
    queries.forEachInBackground(only(REPOSITORIES, papers), s -> {
      Row row = rows.get(s.getResource("p").getURI());
      if (row == null) {
        return;
      }
      String repo = s.getResource("r").getURI();
      if (!row.repositories().contains(repo)) {
        row.repositories().add(repo);
      }
      RDFNode owner = s.get("o");
      if (owner != null && owner.isURIResource() && !row.owners().contains(owner.asResource().getURI())) {
        row.owners().add(owner.asResource().getURI());
      }
    });
    queries.forEachInBackground(only(CLAIMED_PARTS, papers), s -> {
      Row row = rows.get(s.getResource("p").getURI());
      RDFNode part = s.get("part");
      if (row != null && part.isURIResource() && !row.parts().contains(part.asResource().getURI())) {
        row.parts().add(part.asResource().getURI());
      }
    });
    for (Row r : rows.values()) {
      r.parts().sort(null);
      r.topics().sort(Comparator.comparing((TopicRef t) -> t.score() == null ? BigDecimal.ZERO : t.score()).reversed().thenComparing(TopicRef::iri));
      r.venues().sort(Comparator.comparing(VenueRef::edition, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(VenueRef::series));
      r.repositories().sort(null);
      r.owners().sort(null);
    }
    return rows;
  }

  /**
   * Adds to each row the editions its paper was presented at, with their series and year, and
   * the journals it is part of (no edition).
   */
  private void venues(Map<String, Row> rows, Set<String> papers) {
    Map<String, List<String>> editionsOf = new HashMap<>();
    Map<String, List<String>> partOf = new HashMap<>();
    queries.forEachInBackground(only(PRESENTED_AT, papers), s -> {
      String p = s.getResource("p").getURI();
      if (!rows.containsKey(p)) {
        return;
      }
      RDFNode e = s.get("e");
      RDFNode whole = s.get("s");
      if (e != null && e.isURIResource()) {
        editionsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(e.asResource().getURI());
      } else if (whole != null && whole.isURIResource()) {
        partOf.computeIfAbsent(p, k -> new ArrayList<>()).add(whole.asResource().getURI());
      }
    });
    record Edition(String series, Integer year) {}
    Map<String, List<Edition>> editions = new HashMap<>();
    if (!editionsOf.isEmpty()) {
      Set<String> wanted = new HashSet<>();
      editionsOf.values().forEach(wanted::addAll);
      queries.forEachInBackground(papers == null ? EDITIONS : GraphValues.restrict(EDITIONS, "e", wanted), s -> {
        String e = s.getResource("e").getURI();
        if (wanted.contains(e) && s.get("s").isURIResource()) {
          editions.computeIfAbsent(e, k -> new ArrayList<>()).add(new Edition(s.getResource("s").getURI(), Selects.year(s.get("year"))));
        }
      });
    }
    Set<String> journals = new HashSet<>();
    if (!partOf.isEmpty()) {
      Set<String> wanted = new HashSet<>();
      partOf.values().forEach(wanted::addAll);
      queries.forEachInBackground(papers == null ? JOURNALS : GraphValues.restrict(JOURNALS, "s", wanted), s -> journals.add(s.getResource("s").getURI()));
      journals.retainAll(wanted);
    }
    editionsOf.forEach((p, es) -> {
      Row row = rows.get(p);
      for (String e : es) {
        for (Edition ed : editions.getOrDefault(e, List.of())) {
          row.venues().add(new VenueRef(ed.series(), e, ed.year()));
        }
      }
    });
    partOf.forEach((p, wholes) -> {
      Row row = rows.get(p);
      for (String w : wholes) {
        if (journals.contains(w)) {
          row.venues().add(new VenueRef(w, null, null));
        }
      }
    });
  }

  private static Query only(Query query, Set<String> papers) {
    return papers == null ? query : GraphValues.restrict(query, "p", papers);
  }

  /** Each entity's label, the least when it has several. */
  private Map<String, String> labels(Query query) {
    Map<String, String> labels = new TreeMap<>();
    queries.forEachInBackground(query, s -> labels.merge(s.getResource("x").getURI(), s.getLiteral("label").getString(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    return labels;
  }

  /** The snapshot of these rows, newest first, with the positions per topic, venue, repository, owner and claimed part. */
  static Snapshot snapshot(Map<String, Row> rows, Map<String, String> labels) {
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(PaperOrder.NEWEST_FIRST);
    Postings[] postings = postings();
    for (int i = 0; i < sorted.size(); i++) {
      addKeys(sorted.get(i), i, postings);
    }
    return new Snapshot(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(rows), Collections.unmodifiableMap(labels),
        postings[0].positions(), postings[1].positions(), postings[2].positions(), postings[3].positions(), postings[4].positions());
  }

  /** One {@link Postings} per map of a snapshot, in its order: topic, venue series, repository, owner, claimed part. */
  private static Postings[] postings() {
    return new Postings[] {new Postings(), new Postings(), new Postings(), new Postings(), new Postings()};
  }

  /** Adds row {@code r} at {@code position} to each of {@code postings} ({@link #postings()}); add the rows in position order. */
  private static void addKeys(Row r, int position, Postings[] postings) {
    for (TopicRef t : r.topics()) {
      postings[0].add(t.iri(), position);
    }
    for (VenueRef v : r.venues()) {
      postings[1].add(v.series(), position);
    }
    for (String repo : r.repositories()) {
      postings[2].add(repo, position);
    }
    for (String o : r.owners()) {
      postings[3].add(o, position);
    }
    for (String part : r.parts()) {
      postings[4].add(part, position);
    }
  }

  /**
   * {@code previous} with the rows of the papers {@code changed} replaced by those of {@code fresh}
   * (a paper of {@code changed} that {@code fresh} lacks is gone), and {@code labels} (kept as
   * given, so unmodifiable): what
   * {@link #snapshot} gives for the same rows, made without sorting the rows or hashing their keys
   * again. The changed rows are found and placed by binary search, the others keep their order,
   * and each posting's positions are moved by the rows placed or removed before them: a pass over
   * the rows and the postings, where a whole snapshot sorted 350,000 rows and hashed every key
   * again, most of half a second per write (bench/RESULTS.md, "A write through the api at 350k").
   */
  static Snapshot updated(Snapshot previous, Set<String> changed, Map<String, Row> fresh, Map<String, String> labels) {
    List<Row> old = previous.rows();
    int n = old.size();
    Set<Integer> removedAt = new TreeSet<>();
    for (String iri : changed) {
      Row r = previous.byIri().get(iri);
      int at = r == null ? -1 : Collections.binarySearch(old, r, PaperOrder.NEWEST_FIRST);
      if (at >= 0) {
        removedAt.add(at);
      }
    }
    int[] removed = removedAt.stream().mapToInt(Integer::intValue).toArray();
    List<Row> added = new ArrayList<>(fresh.values());
    added.sort(PaperOrder.NEWEST_FIRST);
    int[] before = new int[added.size()];
    for (int j = 0; j < added.size(); j++) {
      // A row comparing equal is the same paper's old row (the order is total on the arXiv id),
      // which is among those removed: the new one takes its place.
      int at = Collections.binarySearch(old, added.get(j), PaperOrder.NEWEST_FIRST);
      before[j] = at >= 0 ? at : -at - 1;
    }
    int firstMoved = Math.min(removed.length == 0 ? n : removed[0], before.length == 0 ? n : before[0]);
    // The rows between two changes are copied as a block; each old position gets its new one.
    Object[] from = old.toArray();
    Row[] rows = new Row[n - removed.length + added.size()];
    int[] moved = new int[n];
    Postings[] addedKeys = postings();
    int i = 0;
    int k = 0;
    int j = 0;
    int r = 0;
    while (true) {
      int stop = Math.min(n, Math.min(j < before.length ? before[j] : n, r < removed.length ? removed[r] : n));
      System.arraycopy(from, i, rows, k, stop - i);
      for (; i < stop; i++) {
        moved[i] = k++;
      }
      if (j < before.length && before[j] == i) {
        // Rows added before old row i come before it.
        addKeys(added.get(j), k, addedKeys);
        rows[k++] = added.get(j++);
      } else if (i == n) {
        break;
      } else {
        moved[i++] = -1;
        r++;
      }
    }
    Map<String, Row> byIri = OverlayMap.with(previous.byIri(), changed, fresh);
    // The labels as given: the previous snapshot's, or those under an overlay of the labels read
    // again; wrapped again at every write, the wrappers would nest ever deeper.
    return new Snapshot(Collections.unmodifiableList(Arrays.asList(rows)), byIri, labels,
        moved(previous.byTopic(), moved, firstMoved, addedKeys[0].positions()),
        moved(previous.byVenue(), moved, firstMoved, addedKeys[1].positions()),
        moved(previous.byRepository(), moved, firstMoved, addedKeys[2].positions()),
        moved(previous.byOwner(), moved, firstMoved, addedKeys[3].positions()),
        moved(previous.byPart(), moved, firstMoved, addedKeys[4].positions()));
  }

  /**
   * The postings {@code old} with each position moved to {@code moved[position]} (gone where -1;
   * the same below {@code firstMoved}), merged with the positions of the rows added, {@code added}.
   */
  private static Map<String, int[]> moved(Map<String, int[]> old, int[] moved, int firstMoved, Map<String, int[]> added) {
    Map<String, int[]> out = new HashMap<>((old.size() + added.size()) * 4 / 3 + 16);
    old.forEach((key, positions) -> {
      int[] kept = positions;
      if (positions.length > 0 && positions[positions.length - 1] >= firstMoved) {
        kept = new int[positions.length];
        int c = 0;
        for (int p : positions) {
          int q = moved[p];
          if (q >= 0) {
            kept[c++] = q;
          }
        }
        kept = c == kept.length ? kept : Arrays.copyOf(kept, c);
      }
      int[] merged = merge(kept, added.getOrDefault(key, NONE));
      if (merged.length > 0) {
        out.put(key, merged);
      }
    });
    added.forEach(out::putIfAbsent);
    return Collections.unmodifiableMap(out);
  }

  /** The ascending union of two ascending arrays without a value in common. */
  private static int[] merge(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      out[k++] = a[i] < b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      out[k++] = a[i++];
    }
    while (j < b.length) {
      out[k++] = b[j++];
    }
    return out;
  }

  private static String string(RDFNode n) {
    return n == null || !n.isLiteral() ? null : n.asLiteral().getString();
  }

  private static BigDecimal decimal(RDFNode n) {
    try {
      return n != null && n.isLiteral() ? new BigDecimal(n.asLiteral().getLexicalForm()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

}
