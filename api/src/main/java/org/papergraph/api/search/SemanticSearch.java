package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.web.NotEnabledException;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex.Neighbour;
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
  private final EntityIds ids;
  private final Links links;

  SemanticSearch(ObjectProvider<PaperEmbeddings> embeddings, TextSearch text, EntityIds ids, Links links) {
    this.embeddings = embeddings;
    this.text = text;
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
   * either ranking.
   */
  TextSearch.Hits hybrid(String q, int limit) {
    TextSearch.Hits keyword = text.search(q, Set.of("paper"), FUSED_DEPTH).get("paper");
    List<Hit> semantic = search(q, FUSED_DEPTH);
    Map<String, TextSearch.Hit> byIri = new HashMap<>();
    List<String> keywordRanking = new ArrayList<>();
    for (TextSearch.Hit h : keyword.results()) {
      byIri.put(h.iri(), h);
      keywordRanking.add(h.iri());
    }
    List<String> semanticRanking = new ArrayList<>();
    for (Hit h : semantic) {
      byIri.putIfAbsent(h.iri(), new TextSearch.Hit(h.id(), h.iri(), h.label(), h.href(), 0, Map.of()));
      semanticRanking.add(h.iri());
    }
    var fused = RankFusion.fuse(List.of(keywordRanking, semanticRanking), RankFusion.K);
    List<TextSearch.Hit> best = fused.stream().limit(limit).map(e -> {
      TextSearch.Hit h = byIri.get(e.getKey());
      return new TextSearch.Hit(h.id(), h.iri(), h.label(), h.href(), e.getValue().floatValue(), h.highlights());
    }).toList();
    return new TextSearch.Hits(fused.size(), best);
  }

  /** The same papers as search hits, without highlights: a vector matches no words. */
  TextSearch.Hits asHits(List<Hit> found) {
    return new TextSearch.Hits(found.size(), found.stream()
        .map(h -> new TextSearch.Hit(h.id(), h.iri(), h.label(), h.href(), (float) h.score(), Map.of()))
        .toList());
  }

  private List<Hit> hits(List<Neighbour> found) {
    Set<String> iris = new LinkedHashSet<>();
    found.forEach(n -> iris.add(n.iri()));
    Map<String, String> labels = text.labels(iris);
    String prefix = ids.iris().paper("");
    List<Hit> out = new ArrayList<>();
    for (Neighbour n : found) {
      if (n.iri().startsWith(prefix)) {
        Link l = links.paper(n.iri().substring(prefix.length()), labels.get(n.iri()));
        out.add(new Hit(l.id(), l.iri(), l.label(), l.href(), n.score()));
      }
    }
    return out;
  }
}
