package org.papergraph.core.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Locale;

/**
 * A small model for tests that need no real one: a text's vector counts its words, each word
 * hashed to one of 64 dimensions, so texts sharing words are near.
 */
final class WordHashModel implements EmbeddingModel {
  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
  }

  @Override
  public int dimension() {
    return 64;
  }

  private static float[] vector(String text) {
    float[] v = new float[64];
    for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!w.isEmpty()) {
        v[Math.floorMod(w.hashCode(), 64)] += 1;
      }
    }
    return v;
  }
}
