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
 * that runs in this process: no network at run time. A model trained for retrieval may read the
 * two sides of a search differently: a paper's text is a passage, and a search text or a topic's
 * label is a query, each with its prefix (e5's "passage: " and "query: "; none for
 * all-MiniLM-L6-v2).
 *
 * @param model the model
 * @param modelId names the model and how its input is made: vectors made under another id are
 *     not comparable with these, so an index written under another id is embedded afresh
 * @param passagePrefix put before a paper's text
 * @param queryPrefix put before a search text or a topic's label
 */
public record PaperEmbedder(EmbeddingModel model, String modelId, String passagePrefix, String queryPrefix) {
  /**
   * all-MiniLM-L6-v2, quantised, from langchain4j's jar (384 dimensions), with input cut at the
   * model's window of 256 word pieces as sentence-transformers does. The version before this one
   * ({@code .../1}) averaged parts of up to 510 word pieces.
   */
  public static final String ALL_MINILM_L6_V2_Q = "all-MiniLM-L6-v2-q/title+abstract/256";

  /**
   * e5-small-v2, quantised, from langchain4j's jar (384 dimensions), papers as passages and labels
   * as queries, the input cut at 256 word pieces as for all-MiniLM-L6-v2 (the model reads up to
   * 512; on the judged papers the cut told topics apart as well, for 10 to 15% less CPU).
   */
  public static final String E5_SMALL_V2_Q = "e5-small-v2-q/passage:title+abstract/query:text/256";

  /** One encoder per model file and thread count: each holds the model in native memory, and runs are thread-safe. */
  private static final Map<String, SentenceEncoder> ENCODERS = new ConcurrentHashMap<>();

  /** A model that reads passages and queries alike, with no prefix. */
  public PaperEmbedder(EmbeddingModel model, String modelId) {
    this(model, modelId, "", "");
  }

  /** The paper vectors' embedder, on one core: all-MiniLM-L6-v2, quantised. */
  public static PaperEmbedder allMiniLm() {
    return allMiniLm(1);
  }

  /**
   * all-MiniLM-L6-v2, quantised, with up to {@code threads} texts of one call embedded at once:
   * the vectors of similar papers and semantic search. On the papers judged for similar papers it
   * found more related work than e5-small-v2 (bench/similar/README.md).
   */
  public static PaperEmbedder allMiniLm(int threads) {
    return new PaperEmbedder(bundled("all-minilm-l6-v2-q", threads), ALL_MINILM_L6_V2_Q);
  }

  /** The topic check's embedder, on one core: e5-small-v2, quantised. */
  public static PaperEmbedder e5Small() {
    return e5Small(1);
  }

  /**
   * e5-small-v2, quantised, with up to {@code threads} texts of one call embedded at once: the
   * topic check's model ({@link TopicCheck}), whose cosine between a paper and a label tells a
   * subject from a topic named in passing better than all-MiniLM-L6-v2's (bench/RESULTS.md,
   * "e5-small-v2 for the topic check").
   */
  public static PaperEmbedder e5Small(int threads) {
    return new PaperEmbedder(bundled("e5-small-v2-q", threads), E5_SMALL_V2_Q, "passage: ", "query: ");
  }

  /**
   * The encoder of a model whose jar is on the class path as {@code NAME.onnx} and {@code
   * NAME-tokenizer.json}, cut at 256 word pieces, 384 dimensions, as both bundled models are.
   */
  private static SentenceEncoder bundled(String name, int threads) {
    return ENCODERS.computeIfAbsent(name + "/" + threads, k -> SentenceEncoder.fromResources(
        PaperEmbedder.class.getClassLoader(), name + ".onnx", name + "-tokenizer.json", 256, 384, threads));
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

  /** The vector of a paper's text ({@link #text}), of unit length. */
  public float[] embedPassage(String text) {
    return withPrefix(List.of(text), passagePrefix).get(0);
  }

  /** The vectors of papers' texts ({@link #text}), in their order, each of unit length. */
  public List<float[]> embedPassages(List<String> texts) {
    return withPrefix(texts, passagePrefix);
  }

  /** The vector of a search text or a topic's label, of unit length. */
  public float[] embedQuery(String text) {
    return withPrefix(List.of(text), queryPrefix).get(0);
  }

  /** The vectors of search texts or topics' labels, in their order, each of unit length. */
  public List<float[]> embedQueries(List<String> texts) {
    return withPrefix(texts, queryPrefix);
  }

  private List<float[]> withPrefix(List<String> texts, String prefix) {
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(prefix + t)).toList();
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
