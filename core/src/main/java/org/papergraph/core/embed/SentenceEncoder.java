package org.papergraph.core.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.core.store.StoreThreads;

/**
 * A BERT-style sentence-embedding model in ONNX, run in this process: word pieces cut at the
 * model's window, token vectors mean-pooled (the sentence-transformers recipe), one text per call
 * of the model, texts spread over the threads asked for.
 *
 * <p>langchain4j's own in-process models tokenise each text three times and run the model over
 * up to 510 word pieces per part, averaging the parts: slower, and a text longer than the model's
 * window is read as the model was not trained to read one (for all-MiniLM-L6-v2, trained on 256
 * pieces, most abstracts). Their ONNX
 * session also splits each call over every core, with threads that spin while they wait. This
 * class runs the same ONNX file and tokenizer with the window cut and one core per call: with
 * several threads, texts run side by side instead. Batches of texts padded to one length were
 * measured slower per text than one text per call on these cores (bench/RESULTS.md).
 */
public final class SentenceEncoder implements EmbeddingModel, AutoCloseable {
  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final int dimension;

  /** Null with one thread: the calling thread runs the model. */
  private final ExecutorService workers;

  /**
   * @param model the ONNX model's bytes
   * @param tokenizer the tokenizer, as {@code tokenizer.json}
   * @param maxTokens the model's window, special tokens included: longer texts are cut there
   * @param dimension the length of the model's vectors
   * @param threads how many texts of one {@link #embedAll} call run at once, on threads of this
   *     encoder (with 1, on the calling thread)
   */
  SentenceEncoder(byte[] model, InputStream tokenizer, int maxTokens, int dimension, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("an encoder needs at least one thread, not " + threads);
    }
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Threads waiting for work spin by default: on shared cores that burns CPU others need.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      this.session = environment.createSession(model, options);
      this.typeIds = session.getInputNames().contains("token_type_ids");
      this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizer,
          Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens)));
      this.dimension = dimension;
      this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "papergraph-encoder");
        t.setDaemon(true);
        return t;
      });
    } catch (OrtException e) {
      throw new IllegalStateException("could not load the embedding model", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the embedding model's tokenizer", e);
    }
  }

  /** Loads the model and tokenizer from resources of {@code loader}. */
  static SentenceEncoder fromResources(ClassLoader loader, String model, String tokenizer, int maxTokens, int dimension, int threads) {
    try (InputStream m = resource(loader, model); InputStream t = resource(loader, tokenizer)) {
      return new SentenceEncoder(m.readAllBytes(), t, maxTokens, dimension, threads);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the embedding model " + model, e);
    }
  }

  private static InputStream resource(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the embedding model's file " + name + " is not on the class path");
    }
    return in;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    if (workers == null || segments.size() < 2) {
      return Response.from(segments.stream().map(t -> Embedding.from(encode(t.text()))).toList());
    }
    List<Future<float[]>> vectors = new ArrayList<>(segments.size());
    for (TextSegment t : segments) {
      vectors.add(workers.submit(() -> encode(t.text())));
    }
    List<Embedding> out = new ArrayList<>(segments.size());
    for (Future<float[]> v : vectors) {
      out.add(Embedding.from(StoreThreads.await(v, "the embedding model failed")));
    }
    return Response.from(out);
  }

  /** The mean of the text's token vectors, from one call of the model. */
  private float[] encode(String text) {
    Encoding encoding = tokenizer.encode(text);
    long[] shape = {1, encoding.getIds().length};
    try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape);
        OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
      Map<String, OnnxTensor> inputs = typeIds
          ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
          : Map.of("input_ids", ids, "attention_mask", mask);
      try (OrtSession.Result result = session.run(inputs)) {
        return meanPool(((OnnxTensor) result.get(0)).getFloatBuffer(), (int) shape[1]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    }
  }

  private float[] meanPool(FloatBuffer tokens, int count) {
    float[] out = new float[dimension];
    for (int t = 0; t < count; t++) {
      for (int d = 0; d < dimension; d++) {
        out[d] += tokens.get(t * dimension + d);
      }
    }
    for (int d = 0; d < dimension; d++) {
      out[d] /= count;
    }
    return out;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public void close() {
    if (workers != null) {
      StoreThreads.shutdownAndAwait(workers);
    }
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("could not close the embedding model", e);
    }
    tokenizer.close();
  }
}
