package org.papergraph.core.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a paper's title and abstract into a unit-length vector, with a sentence-embedding model
 * that runs in this process: no network at run time.
 *
 * @param model the model
 * @param modelId names the model and how its input is made: vectors made under another id are
 *     not comparable with these, so an index written under another id is embedded afresh
 */
public record PaperEmbedder(EmbeddingModel model, String modelId) {
  /**
   * all-MiniLM-L6-v2, quantised, from langchain4j's jar (384 dimensions), with input cut at the
   * model's window of 256 word pieces as sentence-transformers does. The version before this one
   * ({@code .../1}) averaged parts of up to 510 word pieces.
   */
  public static final String ALL_MINILM_L6_V2_Q = "all-MiniLM-L6-v2-q/title+abstract/256";

  /** One encoder per thread count: each holds the model in native memory, and runs are thread-safe. */
  private static final Map<Integer, SentenceEncoder> MINILM = new ConcurrentHashMap<>();

  /** The default embedder, on one core: all-MiniLM-L6-v2, quantised. */
  public static PaperEmbedder allMiniLm() {
    return allMiniLm(1);
  }

  /** all-MiniLM-L6-v2, quantised, each call of the model using up to {@code threads} cores. */
  public static PaperEmbedder allMiniLm(int threads) {
    SentenceEncoder encoder = MINILM.computeIfAbsent(threads, n -> SentenceEncoder.fromResources(
        PaperEmbedder.class.getClassLoader(), "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", 256, 384, n));
    return new PaperEmbedder(encoder, ALL_MINILM_L6_V2_Q);
  }

  /** What is embedded for a paper: its title, then its abstract when it has one. */
  public static String text(String title, String abstractText) {
    String t = title == null ? "" : title.strip();
    if (abstractText == null || abstractText.isBlank()) {
      return t;
    }
    return t.isEmpty() ? abstractText.strip() : t + "\n" + abstractText.strip();
  }

  /** A digest of the text embedded, so that a paper whose text did not change is not embedded again. */
  public static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The vector of one text, of unit length. */
  public float[] embed(String text) {
    return unit(model.embed(text).content().vector());
  }

  /** The vectors of several texts, in their order, each of unit length. */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : model.embedAll(segments).content()) {
      out.add(unit(e.vector()));
    }
    return out;
  }

  public int dimension() {
    return model.dimension();
  }

  /**
   * The vector scaled to length 1: the index compares by dot product, which is the cosine only
   * for unit vectors. A zero vector (no text) stays as it is.
   */
  static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * (double) x;
    }
    if (sum == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(sum));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
