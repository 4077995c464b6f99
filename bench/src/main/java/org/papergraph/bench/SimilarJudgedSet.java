package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.papergraph.core.Iris;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.GraphStore;

/**
 * The set of similar papers judged by reading: {@code SimilarJudgedSet RECORDS.txt.gz OUTDIR [POOL]
 * [QUERIES] [SEED] [MODEL]} draws, with a fixed seed, a pool of POOL records (3,000) of the record format
 * and QUERIES query papers (50) among them, spread over subfields by a keyword rule on the
 * abstract ({@link #SUBFIELDS}: the queries are drawn in turn from each subfield's records),
 * ingests the pool into a store in memory, embeds it on one thread with MODEL ({@code minilm}, the
 * papers' vectors' model and the default, or {@code e5}, the topic check's, read as passages),
 * and writes for each query its 5 most similar papers ({@code PaperEmbeddings.similar}, as
 * {@code /similar} and {@code pg:similarTo}) to {@code OUTDIR/similar-top5.tsv}, and its 5 best
 * BM25 matches of its whole abstract over the pool's abstracts (Lucene, English analyser) to
 * {@code OUTDIR/bm25-top5.tsv}, both with the two abstracts' first sentences, and
 * {@code OUTDIR/abstracts.tsv} with every pool abstract in full, for reading.
 */
public final class SimilarJudgedSet {
  private SimilarJudgedSet() {}

  /**
   * Subfields of computer science by words of the abstract, tried in this order; only to spread
   * the query papers, not to judge anything. Records matching none are "other".
   */
  static final Map<String, Pattern> SUBFIELDS = new LinkedHashMap<>();

  static {
    SUBFIELDS.put("security", Pattern.compile("(?i)\\b(attack|adversar|privacy|malware|jailbreak|secur)"));
    SUBFIELDS.put("robotics", Pattern.compile("(?i)\\b(robot|manipulat|locomotion|autonomous driving|navigation)"));
    SUBFIELDS.put("speech-audio", Pattern.compile("(?i)\\b(speech|audio|speaker|music)"));
    SUBFIELDS.put("vision", Pattern.compile("(?i)\\b(image|video|visual|3d|segmentation|point cloud|pixel)"));
    SUBFIELDS.put("language", Pattern.compile("(?i)\\b(language model|llm|nlp|translation|text|question answering)"));
    SUBFIELDS.put("reinforcement", Pattern.compile("(?i)\\b(reinforcement|reward|policy)"));
    SUBFIELDS.put("graphs", Pattern.compile("(?i)\\b(graph neural|gnn|knowledge graph)"));
    SUBFIELDS.put("systems-networks", Pattern.compile("(?i)\\b(network traffic|wireless|5g|6g|cloud|distributed|gpu|hardware|compiler|edge computing|latency)"));
    SUBFIELDS.put("software", Pattern.compile("(?i)\\b(software|program|code|bug|developer)"));
    SUBFIELDS.put("theory", Pattern.compile("(?i)\\b(theorem|complexity|we prove|polynomial|approximation algorithm|bound)"));
    SUBFIELDS.put("hci", Pattern.compile("(?i)\\b(user study|participants|interview|human-computer|interface)"));
  }

  record Rec(String id, String text, String abstractText) {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int poolSize = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    int queryCount = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 20L;
    String model = args.length > 5 ? args[5] : "minilm";
    Files.createDirectories(out);

    List<Rec> all = read(file);
    Random random = new Random(seed);
    List<Rec> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, random);
    List<Rec> pool = shuffled.subList(0, Math.min(poolSize, shuffled.size()));
    Map<String, Rec> byId = new HashMap<>();
    pool.forEach(r -> byId.put(r.id(), r));

    // Queries: the pool's records by subfield, in pool order (already random); then one from each
    // subfield in turn until there are enough, so small subfields get some and large ones the most.
    Map<String, List<Rec>> bySubfield = new LinkedHashMap<>();
    for (Rec r : pool) {
      bySubfield.computeIfAbsent(subfield(r.abstractText()), k -> new ArrayList<>()).add(r);
    }
    List<Rec> queries = new ArrayList<>();
    Map<String, String> queryField = new HashMap<>();
    for (int round = 0; queries.size() < queryCount; round++) {
      boolean any = false;
      for (Map.Entry<String, List<Rec>> e : bySubfield.entrySet()) {
        if (round < e.getValue().size() && queries.size() < queryCount) {
          queries.add(e.getValue().get(round));
          queryField.put(e.getValue().get(round).id(), e.getKey());
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    System.out.printf("pool %,d of %,d records, seed %d; subfields:", pool.size(), all.size(), seed);
    bySubfield.forEach((k, v) -> System.out.printf(" %s=%d", k, v.size()));
    System.out.println();

    Path poolFile = out.resolve("pool.txt");
    Files.writeString(poolFile, String.join("", pool.stream().map(Rec::text).toList()), StandardCharsets.UTF_8);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("abstracts.tsv")))) {
      for (Rec r : pool) {
        w.println(r.id() + "\t" + r.abstractText());
      }
    }

    try (GraphStore store = BenchIngest.inMemory(poolFile)) {
      Iris iris = Iris.defaults();
      PaperEmbedder embedder = BenchModels.byName(model, 1);
      try (PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, new VectorIndex(new ByteBuffersDirectory(), embedder.modelId()))) {
        long cpu = cpuNanos();
        long t = System.nanoTime();
        var pass = embeddings.embedAll((done, total) -> {});
        System.out.printf("embedded %,d papers in %.1f s wall, %.1f s CPU of this process%n", pass.embedded(),
            (System.nanoTime() - t) / 1e9, (cpuNanos() - cpu) / 1e9);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("similar-top5.tsv")))) {
          w.println("query\tsubfield\trank\tneighbour\tcosine\tquery_first_sentence\tneighbour_first_sentence");
          for (Rec q : queries) {
            int rank = 0;
            for (Neighbour nb : embeddings.similar(iris.paper(q.id()), 5).orElseThrow(() -> new IllegalStateException("no vector for " + q.id()))) {
              String other = EmbeddingQuality.idOf(iris, nb.iri());
              w.printf(Locale.ROOT, "%s\t%s\t%d\t%s\t%.3f\t%s\t%s%n", q.id(), queryField.get(q.id()), ++rank, other, nb.score(),
                  firstSentence(q.abstractText()), firstSentence(byId.get(other).abstractText()));
            }
          }
        }
      }
    }

    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); EnglishAnalyzer analyzer = new EnglishAnalyzer()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Rec r : pool) {
          Document d = new Document();
          d.add(new StringField("id", r.id(), Field.Store.YES));
          d.add(new TextField("abstract", r.abstractText(), Field.Store.NO));
          writer.addDocument(d);
        }
      }
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
      IndexSearcher.setMaxClauseCount(4096);
      QueryParser parser = new QueryParser("abstract", analyzer);
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("bm25-top5.tsv")))) {
        w.println("query\tsubfield\trank\tneighbour\tbm25\tquery_first_sentence\tneighbour_first_sentence");
        for (Rec q : queries) {
          Query query = parser.parse(QueryParser.escape(q.abstractText()));
          int rank = 0;
          for (ScoreDoc sd : searcher.search(query, 6).scoreDocs) {
            String other = searcher.storedFields().document(sd.doc).get("id");
            if (other.equals(q.id()) || rank == 5) {
              continue;
            }
            w.printf(Locale.ROOT, "%s\t%s\t%d\t%s\t%.2f\t%s\t%s%n", q.id(), queryField.get(q.id()), ++rank, other, sd.score,
                firstSentence(q.abstractText()), firstSentence(byId.get(other).abstractText()));
          }
        }
      }
    }
  }

  static String subfield(String abstractText) {
    for (Map.Entry<String, Pattern> e : SUBFIELDS.entrySet()) {
      if (e.getValue().matcher(abstractText).find()) {
        return e.getKey();
      }
    }
    return "other";
  }

  static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return (end < 0 ? text : text.substring(0, end + 1)).replace('\t', ' ');
  }

  /** Records of the record format: paragraphs, the first the abstract, the record ending with its {@code arXiv:} line and what follows it. */
  static List<Rec> read(Path file) throws IOException {
    String all;
    try (var in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
      all = new BufferedReader(in).lines().reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
    }
    List<Rec> recs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String abstractText = null;
    try (BufferedReader in = new BufferedReader(new StringReader(all))) {
      List<String> lines = in.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (text.isEmpty() && line.isBlank()) {
          continue;
        }
        text.append(line).append('\n');
        if (abstractText == null) {
          abstractText = line.strip();
        }
        if (line.startsWith("arXiv:")) {
          String id = line.substring("arXiv:".length()).strip();
          // The record's remaining lines up to the blank line that ends it (Created: ...).
          while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
            text.append(lines.get(++i)).append('\n');
          }
          text.append('\n');
          recs.add(new Rec(id, text.toString(), abstractText));
          text.setLength(0);
          abstractText = null;
        }
      }
    }
    return recs;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
