package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.web.NotEnabledException;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.TextMatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Papers by meaning rather than by words: the papers nearest a paper ({@code similar}) or a
 * text, by the cosine similarity of their title-and-abstract vectors, and the hybrid of that
 * with keyword search.
 */
@Service
public class SemanticSearch {
  /** How many papers of each ranking hybrid search fuses. */
  static final int FUSED_DEPTH = 100;

  /** One paper found: its link and its score (cosine similarity -1..1, or the fused score). */
  public record Hit(String id, String iri, String label, String href, double score) {}

  private final ObjectProvider<PaperEmbeddings> embeddings;
  private final TextSearch text;
  private final PaperIndex papers;
  private final EntityIds ids;
  private final Links links;

  SemanticSearch(ObjectProvider<PaperEmbeddings> embeddings, TextSearch text, PaperIndex papers, EntityIds ids, Links links) {
    this.embeddings = embeddings;
    this.text = text;
    this.papers = papers;
    this.ids = ids;
    this.links = links;
  }

  /** The paper vectors, or a 501 when this server has them switched off. */
  private PaperEmbeddings embeddings() {
    PaperEmbeddings e = embeddings.getIfAvailable();
    if (e == null) {
      throw new NotEnabledException("semantic search and similar papers are switched off on this server (papergraph.embedding.enabled=false)");
    }
    return e;
  }

  /** The model that made the vectors. */
  public String model() {
    return embeddings().embedder().modelId();
  }

  /** The papers nearest paper {@code arxivId}, closest first; empty when it has no vector yet. */
  public Optional<List<Hit>> similar(String arxivId, int limit) {
    return embeddings().similar(ids.iris().paper(arxivId), limit).map(this::hits);
  }

  /** The papers nearest the meaning of {@code q}, closest first. */
  List<Hit> search(String q, int limit) {
    return hits(embeddings().search(q, limit));
  }

  /**
   * Keyword and semantic rankings of papers for {@code q}, the best {@link #FUSED_DEPTH} of each,
   * fused by {@link RankFusion} with k = {@link RankFusion#K}: the count is of the papers in
   * either ranking. Labels and highlights are read for the papers shown only.
   */
  TextSearch.Hits hybrid(String q, int limit) {
    List<TextMatch> keyword = text.paperMatches(q, FUSED_DEPTH);
    List<Neighbour> semantic = inPaperSpace(embeddings().search(q, FUSED_DEPTH));
    Map<String, TextMatch> matched = new HashMap<>();
    List<String> keywordRanking = new ArrayList<>();
    for (TextMatch m : keyword) {
      matched.put(m.subject(), m);
      keywordRanking.add(m.subject());
    }
    List<String> semanticRanking = semantic.stream().map(Neighbour::iri).toList();
    var fused = RankFusion.fuse(List.of(keywordRanking, semanticRanking), RankFusion.K);
    var best = fused.stream().limit(limit).toList();
    List<TextMatch> shownMatches = best.stream().map(e -> matched.get(e.getKey())).filter(m -> m != null).toList();
    Map<String, Map<String, String>> highlights = TextSearch.highlightsOf(shownMatches);
    Map<String, String> labels = labels(best.stream().map(Map.Entry::getKey).toList());
    List<TextSearch.Hit> shown = best.stream().map(e -> {
      Link l = links.paper(ids.paperId(e.getKey()), labels.get(e.getKey()));
      return new TextSearch.Hit(l.id(), l.iri(), l.label(), l.href(), e.getValue().floatValue(), highlights.getOrDefault(e.getKey(), Map.of()));
    }).toList();
    return new TextSearch.Hits(fused.size(), shown);
  }

  /** The same papers as search hits, without highlights: a vector matches no words. */
  TextSearch.Hits asHits(List<Hit> found) {
    return new TextSearch.Hits(found.size(), found.stream()
        .map(h -> new TextSearch.Hit(h.id(), h.iri(), h.label(), h.href(), (float) h.score(), Map.of()))
        .toList());
  }

  private List<Hit> hits(List<Neighbour> found) {
    List<Neighbour> papersFound = inPaperSpace(found);
    Map<String, String> labels = labels(papersFound.stream().map(Neighbour::iri).toList());
    List<Hit> out = new ArrayList<>();
    for (Neighbour n : papersFound) {
      Link l = links.paper(ids.paperId(n.iri()), labels.get(n.iri()));
      out.add(new Hit(l.id(), l.iri(), l.label(), l.href(), n.score()));
    }
    return out;
  }

  /** The neighbours that are papers of this server's IRI space (a vector keyed otherwise is not shown). */
  private List<Neighbour> inPaperSpace(List<Neighbour> found) {
    return found.stream().filter(n -> ids.isPaper(n.iri())).toList();
  }

  /**
   * The label of each paper of {@code iris}: its title as the paper index holds it (the title the
   * paper list shows), a lookup in memory; for a paper the index does not hold, such as one
   * without a date, the label read from the store as keyword search reads it. Reading every hit's
   * label from the store was a SPARQL query per request, a fifth of a similar-papers request's
   * CPU.
   */
  private Map<String, String> labels(Collection<String> iris) {
    PaperIndex.Snapshot snap = papers.snapshot();
    Map<String, String> out = new HashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (String iri : iris) {
      PaperIndex.Row row = snap.byIri().get(iri);
      if (row == null) {
        unknown.add(iri);
      } else if (row.title() != null) {
        out.put(iri, row.title());
      }
    }
    if (!unknown.isEmpty()) {
      out.putAll(text.labels(unknown));
    }
    return out;
  }
}
