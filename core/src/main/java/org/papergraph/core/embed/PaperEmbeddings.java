package org.papergraph.core.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
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
  /** Papers embedded per call of the model, and per commit. */
  static final int BATCH = 32;

  private static final Query PAPERS = QueryFactory.create(Vocabularies.sparqlPrologue() + """
      SELECT ?g ?p (SAMPLE(?t) AS ?title) (SAMPLE(?a) AS ?abstract) WHERE {
        GRAPH ?g {
          ?p a schema:ScholarlyArticle .
          OPTIONAL { ?p dcterms:title ?t }
          OPTIONAL { ?p dcterms:abstract ?a }
        }
      } GROUP BY ?g ?p""");

  /** What a pass did: papers looked at, embedded, and vectors deleted. */
  public record Pass(int papers, int embedded, int deleted) {}

  /** Hears a pass's progress: papers done so far of those to embed. */
  public interface Progress {
    void embedded(int done, int total);
  }

  private record Paper(String iri, String graph, String text) {}

  private final GraphStore store;
  private final PaperEmbedder embedder;
  private final VectorIndex index;

  public PaperEmbeddings(GraphStore store, PaperEmbedder embedder, VectorIndex index) {
    if (!embedder.modelId().equals(index.modelId())) {
      throw new IllegalArgumentException("the vector index is for model " + index.modelId() + ", the embedder is " + embedder.modelId());
    }
    this.store = store;
    this.embedder = embedder;
    this.index = index;
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
  public synchronized Pass embedAll(Progress progress) {
    Map<String, Paper> papers = papers(PAPERS);
    Set<String> gone = new HashSet<>(index.digests().keySet());
    gone.removeAll(papers.keySet());
    index.delete(gone);
    int embedded = embedStale(papers, progress);
    return new Pass(papers.size(), embedded, gone.size());
  }

  /**
   * Brings the vectors of the papers in {@code graphs} in step with them, after a write to those
   * graphs: papers new or changed there are embedded, papers no longer there lose their vector.
   */
  public synchronized Pass update(Collection<String> graphs) {
    if (graphs.isEmpty()) {
      return new Pass(0, 0, 0);
    }
    Map<String, Paper> papers = papers(GraphValues.restrict(PAPERS, "g", graphs));
    Set<String> gone = new HashSet<>();
    for (String g : graphs) {
      gone.addAll(index.papersIn(g));
    }
    gone.removeAll(papers.keySet());
    index.delete(gone);
    int embedded = embedStale(papers, (done, total) -> {});
    return new Pass(papers.size(), embedded, gone.size());
  }

  /** The papers nearest paper {@code iri}, closest first; empty when it has no vector (yet). */
  public Optional<List<Neighbour>> similar(String iri, int limit) {
    return index.vector(iri).map(v -> index.nearest(v, limit, iri));
  }

  /** The papers nearest the meaning of {@code text}, closest first. */
  public List<Neighbour> search(String text, int limit) {
    return index.nearest(embedder.embed(text), limit, null);
  }

  private int embedStale(Map<String, Paper> papers, Progress progress) {
    Map<String, String> digests = index.digests();
    List<Paper> stale = new ArrayList<>();
    for (Paper p : papers.values()) {
      if (!PaperEmbedder.digest(p.text()).equals(digests.get(p.iri()))) {
        stale.add(p);
      }
    }
    progress.embedded(0, stale.size());
    for (int from = 0; from < stale.size(); from += BATCH) {
      List<Paper> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
      List<float[]> vectors = embedder.embedAll(batch.stream().map(Paper::text).toList());
      for (int i = 0; i < batch.size(); i++) {
        Paper p = batch.get(i);
        index.put(p.iri(), p.graph(), PaperEmbedder.digest(p.text()), vectors.get(i));
      }
      index.commit();
      progress.embedded(from + batch.size(), stale.size());
    }
    index.commit();
    return stale.size();
  }

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
