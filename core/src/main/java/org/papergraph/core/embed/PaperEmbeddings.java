package org.papergraph.core.embed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphValues;
import org.papergraph.core.vocab.Vocabularies;

/**
 * The vectors of a store's papers, kept in a {@link VectorIndex}, and the searches on them.
 *
 * <p>A paper is a {@code schema:ScholarlyArticle}; its vector is made from its title and abstract
 * (records without a title, like the plain-text ones, give the abstract alone; a paper with
 * neither has no vector). Filling is resumable by design: each pass compares the digest of
 * every paper's text with the one its vector was made from and embeds only the papers whose
 * vector is missing or stale, committing after each batch.
 */
public final class PaperEmbeddings implements AutoCloseable {
  /** Papers embedded per call of the model: also how often a paced pass may pause. */
  static final int BATCH = 16;
  /**
   * How long a pass goes between commits of the vector index: a commit syncs files to disk, and
   * what a crash loses in between is embedded again by the next pass.
   */
  static final long COMMIT_EVERY_NANOS = 10_000_000_000L;
  /**
   * Query texts whose vectors are kept: a page turn, a SPARQL query run again or hybrid search's
   * second request for the same words would otherwise run the model again, some 40 ms of CPU
   * each. A vector is 1.5 KB, so the cache stays under 2 MB.
   */
  static final int QUERY_VECTORS = 1_024;

  private static final Query PAPERS = QueryFactory.create(Vocabularies.sparqlPrologue() + """
      SELECT ?g ?p (SAMPLE(?t) AS ?title) (SAMPLE(?a) AS ?abstract) WHERE {
        GRAPH ?g {
          ?p a schema:ScholarlyArticle .
          OPTIONAL { ?p dcterms:title ?t }
          OPTIONAL { ?p dcterms:abstract ?a }
        }
      } GROUP BY ?g ?p""");

  /**
   * What a pass did: papers looked at, papers given a new vector, vectors deleted, and texts the
   * model ran on (fewer than the papers embedded where papers share a text).
   */
  public record Pass(int papers, int embedded, int deleted, int encoded) {
    /** A pass in which each paper embedded had a text of its own. */
    public Pass(int papers, int embedded, int deleted) {
      this(papers, embedded, deleted, embedded);
    }
  }

  /**
   * What a topic check did: papers checked, their topic assignments, and how many of those it
   * removed, and how many held-back matches it admitted; papers waiting for a vector are left
   * for a later pass.
   */
  public record TopicPass(int papers, int assignments, int removed, int admitted) {
    /** A pass that admitted nothing. */
    public TopicPass(int papers, int assignments, int removed) {
      this(papers, assignments, removed, 0);
    }
  }

  private static final Query UNCHECKED = QueryFactory.create(Vocabularies.sparqlPrologue() + """
      SELECT ?g ?p ?a ?t ?s ?h WHERE {
        GRAPH ?g {
          ?p pg:topicAssignment ?a .
          ?a pg:topic ?t ; pg:score ?s .
          FILTER NOT EXISTS { ?a pg:semanticSimilarity ?checked }
          # A paper's arXiv category is how arXiv filed it, not words that may be used in passing.
          FILTER NOT EXISTS { ?a pg:method pg:PrimaryCategoryTopic }
          OPTIONAL { ?g pg:contentHash ?h }
        }
      }""");

  /** What the tagger read of a paper: its title, abstract and arXiv categories (a row for each), the primary one flagged. */
  private static final Query TEXTS = QueryFactory.create(Vocabularies.sparqlPrologue() + """
      SELECT ?g ?p ?title ?abstract ?c ?primary WHERE {
        GRAPH ?g {
          ?p a schema:ScholarlyArticle .
          OPTIONAL { ?p dcterms:title ?title }
          OPTIONAL { ?p dcterms:abstract ?abstract }
          OPTIONAL { ?p pg:arxivCategory ?c BIND(EXISTS { ?p pg:primaryArxivCategory ?c } AS ?primary) }
        }
      }""");

  // Two quad patterns, not a property path: with the topic bound each is one index lookup, where
  // the path would be tried graph by graph, in every record graph of the store.
  private static final Query LABELS = QueryFactory.create(Vocabularies.sparqlPrologue() + """
      SELECT ?t ?l WHERE { { GRAPH ?rg { ?t skos:prefLabel ?l } } UNION { GRAPH ?rg { ?t skos:altLabel ?l } } }""");

  /** Papers whose topics one write of the check changes. */
  static final int CHECK_BATCH = 64;

  /** Hears a pass's progress: papers done so far of those the pass has to embed (or to check). */
  public interface Progress {
    void embedded(int done, int total);
  }

  private record Paper(String iri, String graph, String text) {}

  /** A paper whose topics are not checked yet: its record graph, that graph's content hash, its assignments. */
  private record Unchecked(String graph, String iri, Node hash, List<Assigned> assignments) {}

  private record Assigned(Node node, Node topic, double score) {}

  /** A checked paper that keeps enough topics for held-back matches to be admitted beside them. */
  private record Admitting(Unchecked paper, float[] vector, int kept) {}

  /** A paper's stored title, abstract and category IRIs, primary first. */
  private record PaperText(String title, String abstractText, List<String> categories) {}

  /** A topic's vector, the mean of its labels' vectors, and those labels sorted, one per line. */
  private record TopicVector(String labels, float[] vector) {}

  private final GraphStore store;
  private final PaperEmbedder embedder;
  private final VectorIndex index;
  private final HeldBackMatches heldBack;
  /** The topic check's model: the papers' own vectors when it is {@link #embedder}, else its own, made as the check runs. */
  private final PaperEmbedder checkModel;
  /**
   * The vectors of the topics checked so far, by IRI, with the labels they were made from: one
   * per concept of the schemes (some 17,000, 1.5 KB each), so the map stays bounded by them.
   */
  private final Map<String, TopicVector> topicVectors = new java.util.concurrent.ConcurrentHashMap<>();
  /** The vectors of recent query texts, least recently used first; guarded by itself. */
  private final LinkedHashMap<String, float[]> queryVectors = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > QUERY_VECTORS;
    }
  };

  /**
   * Vectors alone: a topic check run on these (not the server's, which gives the check a model of
   * its own) would compare with the papers' own vectors, while its rule ({@link TopicCheck}) is
   * fitted to e5-small-v2's cosines.
   */
  public PaperEmbeddings(GraphStore store, PaperEmbedder embedder, VectorIndex index) {
    this(store, embedder, index, HeldBackMatches.NONE, embedder);
  }

  /**
   * With the topic check's own model, {@code checkModel} ({@link PaperEmbedder#e5Small}, to which
   * its rule is fitted): each paper's text is run through it when its topics are checked, and the
   * topics' labels too, while the papers' stored vectors stay {@code embedder}'s; and with the
   * matches the tagger held back, which the check may admit ({@link TopicCheck#admit}).
   */
  public PaperEmbeddings(GraphStore store, PaperEmbedder embedder, VectorIndex index, HeldBackMatches heldBack, PaperEmbedder checkModel) {
    if (!embedder.modelId().equals(index.modelId())) {
      throw new IllegalArgumentException("the vector index is for model " + index.modelId() + ", the embedder is " + embedder.modelId());
    }
    this.store = store;
    this.embedder = embedder;
    this.index = index;
    this.heldBack = heldBack;
    this.checkModel = checkModel;
  }

  /**
   * Makes these vectors what {@code pg:similarTo} and {@code pg:semanticQuery} search in queries
   * on {@code store}; on a store whose queries run elsewhere (remote) the functions stay unknown.
   */
  public void serveQueriesOn(GraphStore queried) {
    SemanticFunctions.register();
    queried.queryContext().ifPresent(c -> c.set(SemanticFunctions.EMBEDDINGS, this));
  }

  public PaperEmbedder embedder() {
    return embedder;
  }

  public VectorIndex index() {
    return index;
  }

  /** Embeds every paper of the store whose vector is missing or stale, and deletes the vectors of papers gone. */
  public Pass embedAll(Progress progress) {
    return embedAll(progress, Pacer.FULL_SPEED);
  }

  /** The same, each batch when {@code pacer} lets it run; stopped by it, the pass counts what it embedded. */
  public synchronized Pass embedAll(Progress progress, Pacer pacer) {
    Map<String, Paper> papers = papers(PAPERS);
    Map<String, String> digests = index.digests();
    Set<String> gone = new HashSet<>(digests.keySet());
    gone.removeAll(papers.keySet());
    index.delete(gone);
    Counts embedded = embedStale(papers, digests, progress, pacer);
    return new Pass(papers.size(), embedded.papers(), gone.size(), embedded.texts());
  }

  /**
   * Brings the vectors of the papers in {@code graphs} in step with them, after a write to those
   * graphs: papers new or changed there are embedded, papers no longer there lose their vector.
   */
  public Pass update(Collection<String> graphs) {
    return update(graphs, Pacer.FULL_SPEED);
  }

  /**
   * The same, each batch when {@code pacer} lets it run. Only the vectors of those graphs are
   * read, so the cost follows the write, not the store.
   */
  public synchronized Pass update(Collection<String> graphs, Pacer pacer) {
    if (graphs.isEmpty()) {
      return new Pass(0, 0, 0);
    }
    Map<String, Paper> papers = papers(GraphValues.restrict(PAPERS, "g", graphs));
    Map<String, String> digests = index.digestsIn(graphs);
    Set<String> gone = new HashSet<>(digests.keySet());
    gone.removeAll(papers.keySet());
    index.delete(gone);
    Counts embedded = embedStale(papers, digests, (done, total) -> {}, pacer);
    return new Pass(papers.size(), embedded.papers(), gone.size(), embedded.texts());
  }

  /**
   * Checks the topics of every paper not checked yet against its text, by the check's model
   * ({@link TopicCheck}):
   * each assignment kept gets its cosine as {@code pg:semanticSimilarity}, each one dropped is
   * removed with its {@code dcterms:subject} link and its evidence, and each held-back match
   * admitted is written as the ingest writes an assignment, with its cosine. Runs after the
   * vectors are made, and, like them, again on the papers of each write; a paper without a vector
   * yet waits.
   */
  public TopicPass checkTopics(Pacer pacer) {
    return checkTopics((done, total) -> {}, pacer);
  }

  /** The same, telling {@code progress} how many papers of those to check are done, after each batch. */
  public TopicPass checkTopics(Progress progress, Pacer pacer) {
    return checkTopics(UNCHECKED, progress, pacer);
  }

  /** The same for the papers in {@code graphs}, after a write to them. */
  public TopicPass checkTopics(Collection<String> graphs, Pacer pacer) {
    if (graphs.isEmpty()) {
      return new TopicPass(0, 0, 0);
    }
    return checkTopics(GraphValues.restrict(UNCHECKED, "g", graphs), (done, total) -> {}, pacer);
  }

  private synchronized TopicPass checkTopics(Query unchecked, Progress progress, Pacer pacer) {
    List<Unchecked> papers = unchecked(unchecked);
    progress.embedded(0, papers.size());
    int checked = 0, assignments = 0, removed = 0, admitted = 0;
    int next = 0;
    // With a model of its own to run, a batch holds as many papers as an embedding batch, so that
    // a paced pass pauses as often.
    int size = ownCheckModel() ? BATCH : CHECK_BATCH;
    while (next < papers.size() && pacer.awaitTurn()) {
      long start = System.nanoTime();
      List<Unchecked> batch = papers.subList(next, Math.min(papers.size(), next + size));
      next += batch.size();
      Set<String> iris = new HashSet<>();
      batch.forEach(p -> p.assignments().forEach(a -> iris.add(a.topic().getURI())));
      Map<String, float[]> topics = topicVectors(iris);
      Map<Unchecked, float[]> vectors = checkVectors(batch);
      UpdateRequest update = new UpdateRequest();
      List<Admitting> admitting = new ArrayList<>();
      for (Unchecked p : batch) {
        Optional<float[]> vector = Optional.ofNullable(vectors.get(p));
        if (vector.isEmpty()) {
          continue;
        }
        List<TopicCheck.Candidate<Assigned>> candidates = new ArrayList<>();
        for (Assigned a : p.assignments()) {
          float[] t = topics.get(a.topic().getURI());
          // A topic without labels cannot be compared: it counts as fully similar, so the check leaves it.
          candidates.add(new TopicCheck.Candidate<>(a, a.score(), t == null ? 1.0 : TopicCheck.cosine(vector.get(), t)));
        }
        int kept = 0;
        for (TopicCheck.Verdict<Assigned> v : TopicCheck.judge(candidates)) {
          assignments++;
          if (v.kept()) {
            kept++;
            update.add(keep(p, v.assignment(), v.similarity()));
          } else {
            removed++;
            update.add(drop(p, v.assignment()));
          }
        }
        if (heldBack != HeldBackMatches.NONE && TopicCheck.admitsBeside(kept)) {
          admitting.add(new Admitting(p, vector.get(), kept));
        }
        checked++;
      }
      admitted += admit(admitting, update);
      if (!update.getOperations().isEmpty()) {
        store.update(update);
      }
      pacer.ran(System.nanoTime() - start);
      progress.embedded(next, papers.size());
    }
    return new TopicPass(checked, assignments, removed, admitted);
  }

  /**
   * The vectors the check compares the papers of {@code batch} with, for those that have a vector
   * in the index: a paper waits for its vector, so that it is checked once its text is settled.
   * They are the stored vectors themselves, or, with a check model of its own, its vectors of the
   * stored texts.
   */
  private Map<Unchecked, float[]> checkVectors(List<Unchecked> batch) {
    Map<Unchecked, float[]> stored = new LinkedHashMap<>();
    for (Unchecked p : batch) {
      index.vector(p.iri()).ifPresent(v -> stored.put(p, v));
    }
    if (!ownCheckModel() || stored.isEmpty()) {
      return stored;
    }
    Set<String> graphs = new HashSet<>();
    stored.keySet().forEach(p -> graphs.add(p.graph()));
    Map<String, PaperText> texts = texts(graphs);
    List<Unchecked> papers = new ArrayList<>();
    List<String> passages = new ArrayList<>();
    for (Unchecked p : stored.keySet()) {
      PaperText t = texts.get(p.graph() + " " + p.iri());
      String text = t == null ? "" : PaperEmbedder.text(t.title(), t.abstractText());
      // A record graph without a title or abstract of its own leaves the check nothing to read:
      // the paper stays unchecked.
      if (!text.isEmpty()) {
        papers.add(p);
        passages.add(text);
      }
    }
    List<float[]> vectors = passages.isEmpty() ? List.of() : checkModel.embedPassages(passages);
    Map<Unchecked, float[]> out = new LinkedHashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      out.put(papers.get(i), vectors.get(i));
    }
    return out;
  }

  /** Whether the check runs a model other than the one that made the stored vectors. */
  private boolean ownCheckModel() {
    return !checkModel.modelId().equals(embedder.modelId());
  }

  private List<Unchecked> unchecked(Query query) {
    return store.query(query, qe -> {
      Map<String, Unchecked> byPaper = new LinkedHashMap<>();
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        if (!s.get("p").isURIResource() || !s.get("a").isURIResource() || !s.get("t").isURIResource() || !s.get("s").isLiteral()) {
          continue;
        }
        double score;
        try {
          score = s.getLiteral("s").getDouble();
        } catch (RuntimeException notANumber) {
          continue;
        }
        String graph = s.getResource("g").getURI();
        String paper = s.getResource("p").getURI();
        Node hash = s.contains("h") ? s.get("h").asNode() : null;
        byPaper.computeIfAbsent(graph + " " + paper, k -> new Unchecked(graph, paper, hash, new ArrayList<>()))
            .assignments().add(new Assigned(s.get("a").asNode(), s.get("t").asNode(), score));
      }
      return new ArrayList<>(byPaper.values());
    });
  }

  /**
   * Adds to {@code update} the held-back matches admitted beside the topics each paper of {@code
   * papers} keeps, read from its stored text by {@link #heldBack}; returns how many.
   */
  private int admit(List<Admitting> papers, UpdateRequest update) {
    if (papers.isEmpty()) {
      return 0;
    }
    Set<String> graphs = new HashSet<>();
    papers.forEach(a -> graphs.add(a.paper().graph()));
    Map<String, PaperText> texts = texts(graphs);
    Map<Admitting, List<HeldBackMatches.Match>> matches = new LinkedHashMap<>();
    Set<String> iris = new HashSet<>();
    for (Admitting a : papers) {
      PaperText t = texts.get(a.paper().graph() + " " + a.paper().iri());
      if (t != null) {
        List<HeldBackMatches.Match> found = heldBack.of(a.paper().iri(), t.title(), t.abstractText(), t.categories());
        matches.put(a, found);
        found.forEach(m -> iris.add(m.topic().getURI()));
      }
    }
    Map<String, float[]> topics = topicVectors(iris);
    int admitted = 0;
    for (Map.Entry<Admitting, List<HeldBackMatches.Match>> e : matches.entrySet()) {
      List<TopicCheck.Candidate<HeldBackMatches.Match>> candidates = new ArrayList<>();
      for (HeldBackMatches.Match m : e.getValue()) {
        float[] t = topics.get(m.topic().getURI());
        // A topic without labels cannot be compared, so nothing vouches for it: it stays out.
        if (t != null) {
          candidates.add(new TopicCheck.Candidate<>(m, m.score(), TopicCheck.cosine(e.getKey().vector(), t)));
        }
      }
      for (TopicCheck.Candidate<HeldBackMatches.Match> c : TopicCheck.admit(e.getKey().kept(), candidates)) {
        update.add(admitted(e.getKey().paper(), c.assignment(), c.similarity()));
        admitted++;
      }
    }
    return admitted;
  }

  /** The stored title, abstract and categories of the papers of {@code graphs}, by graph and paper IRI. */
  private Map<String, PaperText> texts(Set<String> graphs) {
    return store.query(GraphValues.restrict(TEXTS, "g", graphs), qe -> {
      Map<String, String[]> text = new LinkedHashMap<>();
      Map<String, List<String>> categories = new HashMap<>();
      qe.execSelect().forEachRemaining(s -> {
        if (!s.get("p").isURIResource()) {
          return;
        }
        String key = s.getResource("g").getURI() + " " + s.getResource("p").getURI();
        text.computeIfAbsent(key, k -> new String[] {lexical(s, "title"), lexical(s, "abstract")});
        List<String> cs = categories.computeIfAbsent(key, k -> new ArrayList<>());
        if (s.contains("c") && s.get("c").isURIResource() && !cs.contains(s.getResource("c").getURI())) {
          boolean primary = s.contains("primary") && s.getLiteral("primary").getBoolean();
          cs.add(primary ? 0 : cs.size(), s.getResource("c").getURI());
        }
      });
      Map<String, PaperText> out = new HashMap<>();
      text.forEach((k, t) -> out.put(k, new PaperText(t[0], t[1], List.copyOf(categories.get(k)))));
      return out;
    });
  }

  private static String lexical(QuerySolution s, String var) {
    return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : null;
  }

  /**
   * The vectors of the topics {@code iris}, each the mean of its labels' vectors by the check's
   * model; a topic seen before with the same labels is not run through the model again.
   */
  private Map<String, float[]> topicVectors(Set<String> iris) {
    if (iris.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> labels = store.query(GraphValues.restrict(LABELS, "t", iris), qe -> {
      Map<String, List<String>> out = new HashMap<>();
      qe.execSelect().forEachRemaining(s -> {
        if (s.get("l").isLiteral()) {
          out.computeIfAbsent(s.getResource("t").getURI(), k -> new ArrayList<>()).add(s.getLiteral("l").getLexicalForm());
        }
      });
      return out;
    });
    Map<String, float[]> out = new HashMap<>();
    Map<String, String> stale = new HashMap<>();
    labels.forEach((iri, ls) -> {
      String key = String.join("\n", ls.stream().distinct().sorted().toList());
      TopicVector known = topicVectors.get(iri);
      if (known != null && known.labels().equals(key)) {
        out.put(iri, known.vector());
      } else {
        stale.put(iri, key);
      }
    });
    if (!stale.isEmpty()) {
      // One run of the model for the labels of every topic not seen before (or whose labels changed).
      List<String> texts = stale.values().stream().flatMap(k -> List.of(k.split("\n")).stream()).distinct().toList();
      List<float[]> vectors = checkModel.embedQueries(texts);
      Map<String, float[]> byLabel = new HashMap<>();
      for (int i = 0; i < texts.size(); i++) {
        byLabel.put(texts.get(i), vectors.get(i));
      }
      stale.forEach((iri, key) -> {
        float[] v = TopicCheck.meanOf(List.of(key.split("\n")).stream().map(byLabel::get).toList());
        topicVectors.put(iri, new TopicVector(key, v));
        out.put(iri, v);
      });
    }
    return out;
  }

  /**
   * The update that records an assignment's cosine. It does nothing when the record graph was
   * written again since it was read (its content hash differs) or the assignment was checked
   * meanwhile.
   */
  private static Update keep(Unchecked p, Assigned a, double similarity) {
    String g = iri(p.graph());
    String sim = BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    return UpdateFactory.create(Vocabularies.sparqlPrologue()
        + "INSERT { GRAPH " + g + " { " + node(a.node()) + " pg:semanticSimilarity " + sim + " } }\n"
        + "WHERE { GRAPH " + g + " { " + unchanged(p) + node(a.node()) + " pg:topic " + node(a.topic())
        + " FILTER NOT EXISTS { " + node(a.node()) + " pg:semanticSimilarity ?checked } } }").getOperations().get(0);
  }

  /**
   * The update that writes an admitted match, as the ingest writes an assignment, with its
   * cosine, on the same condition, and only when the paper does not have that assignment yet.
   */
  private static Update admitted(Unchecked p, HeldBackMatches.Match m, double similarity) {
    String g = iri(p.graph());
    StringBuilder triples = new StringBuilder();
    for (org.apache.jena.graph.Triple t : m.triples()) {
      triples.append(node(t.getSubject())).append(' ').append(node(t.getPredicate())).append(' ').append(node(t.getObject())).append(" . ");
    }
    String sim = BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    return UpdateFactory.create(Vocabularies.sparqlPrologue()
        + "INSERT { GRAPH " + g + " { " + triples + node(m.assignment()) + " pg:semanticSimilarity " + sim + " } }\n"
        + "WHERE { GRAPH " + g + " { " + unchanged(p) + iri(p.iri()) + " a schema:ScholarlyArticle"
        + " FILTER NOT EXISTS { " + iri(p.iri()) + " pg:topicAssignment " + node(m.assignment()) + " } } }").getOperations().get(0);
  }

  /** The update that removes an assignment, its subject link and its evidence, on the same condition. */
  private static Update drop(Unchecked p, Assigned a) {
    String g = iri(p.graph());
    String paper = iri(p.iri());
    String as = node(a.node());
    return UpdateFactory.create(Vocabularies.sparqlPrologue()
        + "DELETE { GRAPH " + g + " { " + paper + " dcterms:subject " + node(a.topic()) + " . " + paper + " pg:topicAssignment " + as
        + " . " + as + " ?ap ?ao . ?e ?ep ?eo } }\n"
        + "WHERE { GRAPH " + g + " { " + unchanged(p) + as + " ?ap ?ao . FILTER NOT EXISTS { " + as + " pg:semanticSimilarity ?checked }"
        + " OPTIONAL { " + as + " pg:evidence ?e . ?e ?ep ?eo } } }").getOperations().get(0);
  }

  private static String unchanged(Unchecked p) {
    return p.hash() == null ? "" : iri(p.graph()) + " pg:contentHash " + node(p.hash()) + " . ";
  }

  private static String iri(String iri) {
    return node(NodeFactory.createURI(iri));
  }

  private static String node(Node n) {
    return FmtUtils.stringForNode(n);
  }

  /** The papers nearest paper {@code iri}, closest first; empty when it has no vector (yet). */
  public Optional<List<Neighbour>> similar(String iri, int limit) {
    return index.vector(iri).map(v -> index.nearest(v, limit, iri));
  }

  /** The papers nearest the meaning of {@code text}, closest first. */
  public List<Neighbour> search(String text, int limit) {
    return index.nearest(queryVector(text), limit, null);
  }

  /**
   * The vector of a query text, from the cache when it was asked for lately. The model runs
   * outside the lock, so that concurrent searches for different texts do not wait for each other;
   * two searches for a new text at once may both run it, and get the same vector.
   */
  float[] queryVector(String text) {
    synchronized (queryVectors) {
      float[] known = queryVectors.get(text);
      if (known != null) {
        return known;
      }
    }
    float[] v = embedder.embedQuery(text);
    synchronized (queryVectors) {
      queryVectors.put(text, v);
    }
    return v;
  }

  /**
   * Gives a vector to each paper whose digest is not the one in {@code digests}; returns how many
   * it gave one, and on how many texts the model ran.
   *
   * <p>Papers with the same text share one run of the model, and a text some paper already has a
   * vector for is not run again: the same record under a new identifier, or copies of one record,
   * cost a lookup, not the 40 ms of CPU a text costs the model.
   */
  private Counts embedStale(Map<String, Paper> papers, Map<String, String> digests, Progress progress, Pacer pacer) {
    Map<String, List<Paper>> staleByText = new LinkedHashMap<>();
    int stale = 0;
    for (Paper p : papers.values()) {
      String digest = PaperEmbedder.digest(p.text());
      if (!digest.equals(digests.get(p.iri()))) {
        staleByText.computeIfAbsent(digest, d -> new ArrayList<>()).add(p);
        stale++;
      }
    }
    Map<String, String> vectorOf = new HashMap<>();
    digests.forEach((iri, digest) -> vectorOf.putIfAbsent(digest, iri));
    progress.embedded(0, stale);
    List<String> texts = new ArrayList<>(staleByText.keySet());
    int done = 0;
    int encoded = 0;
    int next = 0;
    long committed = System.nanoTime();
    try {
      while (next < texts.size() && pacer.awaitTurn()) {
        long start = System.nanoTime();
        // A batch is up to BATCH texts the model must run on, with the papers whose text has a
        // vector already taken along on the way.
        List<String> batch = new ArrayList<>();
        List<String> toEncode = new ArrayList<>();
        List<float[]> known = new ArrayList<>();
        while (next < texts.size() && toEncode.size() < BATCH) {
          String digest = texts.get(next++);
          Optional<float[]> existing = Optional.ofNullable(vectorOf.get(digest)).flatMap(index::vector);
          batch.add(digest);
          known.add(existing.orElse(null));
          if (existing.isEmpty()) {
            toEncode.add(staleByText.get(digest).get(0).text());
          }
        }
        List<float[]> vectors = toEncode.isEmpty() ? List.of() : embedder.embedPassages(toEncode);
        int v = 0;
        for (int i = 0; i < batch.size(); i++) {
          float[] vector = known.get(i) != null ? known.get(i) : vectors.get(v++);
          for (Paper p : staleByText.get(batch.get(i))) {
            index.put(p.iri(), p.graph(), batch.get(i), vector);
            done++;
          }
        }
        encoded += toEncode.size();
        long now = System.nanoTime();
        if (now - committed >= COMMIT_EVERY_NANOS) {
          index.commit();
          committed = System.nanoTime();
        }
        pacer.ran(System.nanoTime() - start);
        progress.embedded(done, stale);
      }
    } finally {
      // Also after a failure: the batches before it are good.
      index.commit();
    }
    return new Counts(done, encoded);
  }

  private record Counts(int papers, int texts) {}

  /**
   * The papers the query finds, by IRI. A paper in two graphs is taken from the first one read:
   * its vector is one.
   */
  private Map<String, Paper> papers(Query query) {
    return store.query(query, qe -> {
      Map<String, Paper> out = new LinkedHashMap<>();
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        if (!s.get("p").isURIResource()) {
          continue;
        }
        String iri = s.getResource("p").getURI();
        String abs = s.contains("abstract") ? s.getLiteral("abstract").getLexicalForm() : null;
        String title = s.contains("title") ? s.getLiteral("title").getLexicalForm() : null;
        String text = PaperEmbedder.text(title, abs);
        if (!text.isEmpty()) {
          out.putIfAbsent(iri, new Paper(iri, s.getResource("g").getURI(), text));
        }
      }
      return out;
    });
  }

  @Override
  public void close() {
    index.close();
  }
}
