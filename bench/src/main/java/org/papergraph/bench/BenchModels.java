package org.papergraph.bench;

import org.papergraph.core.embed.PaperEmbedder;

/** The bundled embedding models by the names the bench programs take on their command line. */
final class BenchModels {
  private BenchModels() {}

  /** {@code minilm}: the papers' vectors' model; {@code e5}: the topic check's. */
  static PaperEmbedder byName(String name, int threads) {
    return switch (name) {
      case "minilm" -> PaperEmbedder.allMiniLm(threads);
      case "e5" -> PaperEmbedder.e5Small(threads);
      default -> throw new IllegalArgumentException("the model is minilm (the papers' vectors) or e5 (the topic check's), not '" + name + "'");
    };
  }
}
