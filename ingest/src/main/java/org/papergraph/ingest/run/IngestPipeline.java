package org.papergraph.ingest.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import org.papergraph.core.Iris;
import org.papergraph.core.embed.HeldBackMatches;
import org.papergraph.core.shacl.RecordValidator;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.map.HeldBackTopics;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.record.ReadResult;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;
import org.papergraph.ingest.reference.ReferenceData;
import org.papergraph.ingest.reference.ReferenceGraphs;
import org.papergraph.ingest.reference.SeedFiles;

/**
 * The whole ingest, from an input to the store: the reference graphs brought up to date, the
 * records read, mapped, validated and written, and the report of what became of each. The
 * server, the command line, the benchmarks and the tests all build it with {@link #builder}.
 *
 * <p>The store's VoID description is left to the caller: its full scans grow with the whole
 * store, not with the input, so a caller ingesting several inputs recomputes it once.
 *
 * <p>The pipeline keeps its mapping threads ({@link Builder#mappingThreads}) for its life, shared
 * by its ingest calls, rather than starting them for each call; {@link #close} stops them (they
 * are daemons and end on their own once idle for a while, so a pipeline that is not closed
 * keeps none for long). The store is the caller's and stays open.
 */
public final class IngestPipeline implements AutoCloseable {
  private final GraphStore store;
  private final Iris iris;
  private final ReferenceGraphs references;
  private final boolean referencesOnIngest;
  private final Ingester ingester;
  private final TopicTagger tagger;

  private IngestPipeline(Builder b) {
    this.store = b.store;
    this.iris = b.iris;
    this.references = b.seeds == null ? null : referenceGraphs(b);
    this.referencesOnIngest = references != null && b.referencesOnIngest;
    this.tagger = b.topics != null && b.extractTopics ? new TopicTagger(b.topics) : null;
    PaperGraphMapper mapper = new PaperGraphMapper(b.iris, b.venues != null && b.extractVenues ? new VenueResolver(b.venues) : null, tagger);
    this.ingester = new Ingester(b.store, mapper, b.batchSize, b.validator, b.mappingThreads);
  }

  private static ReferenceGraphs referenceGraphs(Builder b) {
    ReferenceGraphs graphs = new ReferenceGraphs(b.seeds, b.iris);
    if (b.venues != null) {
      graphs.withVenues(b.venues);
    }
    if (b.topics != null) {
      graphs.withTopics(b.topics);
    }
    return graphs;
  }

  /** A builder for a pipeline into {@code store}; with nothing else set, it maps records without reference data. */
  public static Builder builder(GraphStore store) {
    return new Builder(store);
  }

  public Iris iris() {
    return iris;
  }

  /**
   * The matches this pipeline's tagger holds back from a paper's topics, for the topic check to
   * admit; none when it extracts no topics.
   */
  public HeldBackMatches heldBackMatches() {
    return tagger == null ? HeldBackMatches.NONE : new HeldBackTopics(iris, tagger);
  }

  /**
   * The reference graphs the pipeline was built with, for a caller that brings them up to date
   * at other times too (the server, at start).
   *
   * @throws IllegalStateException when it was built without reference graphs
   */
  public ReferenceGraphs referenceGraphs() {
    if (references == null) {
      throw new IllegalStateException("this ingest pipeline was built without reference graphs");
    }
    return references;
  }

  /**
   * Reads {@code in} as {@code format} and writes every good record.
   *
   * @param name the input's name, as it should appear in the report and the provenance
   * @param progress hears the report as it grows, after every batch, on the caller's thread
   */
  public IngestReport ingest(BufferedReader in, String name, RecordFormat format, Consumer<IngestReport> progress) {
    try (RecordReader reader = format.reader(in, name)) {
      return ingest(reader, name, progress);
    }
  }

  /** Writes every good record {@code results} yields; see {@link #ingest(BufferedReader, String, RecordFormat, Consumer)}. */
  public IngestReport ingest(Iterator<ReadResult> results, String name, Consumer<IngestReport> progress) {
    if (referencesOnIngest) {
      // Records link to the taxonomy, registry and scheme entities: those are in place first.
      references.ensureLoaded(store);
    }
    return ingester.ingest(results, name, progress);
  }

  public IngestReport ingest(Iterator<ReadResult> results, String name) {
    return ingest(results, name, r -> {});
  }

  /**
   * The bulk path: reads {@code in} as {@code format} and loads every good record through the
   * store's bulk loader ({@link GraphStore#bulkLoad}), for a large load into a store that does not
   * hold those records yet. The records end as the normal path would leave them (the same graphs),
   * but the change feed gets one event per graph without a patch, and the VoID statistics and the
   * full-text index are made once at the end. Records the store holds already are written after
   * the load through the normal path.
   *
   * @throws UnsupportedOperationException when the store cannot take a bulk load ({@link #canBulkLoad})
   */
  public IngestReport bulkIngest(BufferedReader in, String name, RecordFormat format, Consumer<IngestReport> progress) {
    try (RecordReader reader = format.reader(in, name)) {
      return bulkIngest(reader, name, progress);
    }
  }

  /** The bulk path over what {@code results} yields; see {@link #bulkIngest(BufferedReader, String, RecordFormat, Consumer)}. */
  public IngestReport bulkIngest(Iterator<ReadResult> results, String name, Consumer<IngestReport> progress) {
    if (!store.supportsBulkLoad()) {
      throw new UnsupportedOperationException("a " + store.kind().name().toLowerCase(java.util.Locale.ROOT)
          + " store cannot take a bulk load: only a TDB2 store in this process can");
    }
    if (referencesOnIngest) {
      references.ensureLoaded(store);
    }
    return ingester.bulk(results, name, progress);
  }

  /** True when the store can take the bulk path ({@link #bulkIngest}). */
  public boolean canBulkLoad() {
    return store.supportsBulkLoad();
  }

  /** True when the store holds no paper record yet, so that a load of records is all new to it. */
  public boolean storeHoldsNoRecords() {
    return !ingester.holdsRecords();
  }

  /** Stops the mapping threads once the records handed to them are mapped; an ingest after that fails. */
  @Override
  public void close() {
    ingester.close();
  }

  /**
   * The defaults of {@link Builder#extractVenues}, {@link Builder#extractTopics} and
   * {@link Builder#referenceGraphsOnIngest}, as text for configuration binders, which take
   * defaults as strings: written once here for the builder and the server's settings alike.
   */
  public static final String EXTRACT_VENUES_DEFAULT = "true";

  public static final String EXTRACT_TOPICS_DEFAULT = "true";

  public static final String REFERENCE_GRAPHS_ON_INGEST_DEFAULT = "true";

  /** Builds an {@link IngestPipeline}; every setting has a default. */
  public static final class Builder {
    private final GraphStore store;
    private Iris iris = Iris.defaults();
    private SeedFiles seeds;
    private VenueRegistry venues;
    private TopicReference topics;
    private boolean extractVenues = Boolean.parseBoolean(EXTRACT_VENUES_DEFAULT);
    private boolean extractTopics = Boolean.parseBoolean(EXTRACT_TOPICS_DEFAULT);
    private boolean referencesOnIngest = Boolean.parseBoolean(REFERENCE_GRAPHS_ON_INGEST_DEFAULT);
    private int batchSize = Ingester.DEFAULT_BATCH_SIZE;
    private RecordValidator validator = RecordValidator.standard();
    private int mappingThreads = defaultMappingThreads();

    private Builder(GraphStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The naming scheme of minted IRIs (default: {@link Iris#defaults()}). */
    public Builder iris(Iris iris) {
      this.iris = Objects.requireNonNull(iris, "iris");
      return this;
    }

    /** Resolve the venue statements in comments against {@code registry}; its graph is a reference graph. */
    public Builder venues(VenueRegistry registry) {
      this.venues = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /** Tag papers with the topics of these schemes; their graphs are reference graphs. */
    public Builder topics(TopicReference topics) {
      this.topics = Objects.requireNonNull(topics, "topics");
      return this;
    }

    /**
     * Keep the reference graphs in the store: the arXiv taxonomy in {@code seeds}, and the venue
     * registry and topic schemes given. They are brought up to date before every ingest unless
     * {@link #referenceGraphsOnIngest} is off.
     */
    public Builder referenceGraphs(SeedFiles seeds) {
      this.seeds = Objects.requireNonNull(seeds, "seeds");
      return this;
    }

    /**
     * All the reference data a jar carries under {@code seeds/} on the class path of
     * {@code loader}: venues, topics and the reference graphs ({@link ReferenceData#bundled}).
     */
    public Builder bundledReferenceData(ClassLoader loader) throws IOException {
      ReferenceData data = ReferenceData.bundled(loader);
      return venues(data.venues()).topics(data.topics()).referenceGraphs(SeedFiles.classpath(loader));
    }

    /** Resolve venues with the registry given (default true); off keeps only its reference graph. */
    public Builder extractVenues(boolean on) {
      this.extractVenues = on;
      return this;
    }

    /** Tag topics with the schemes given (default true); off keeps only their reference graphs. */
    public Builder extractTopics(boolean on) {
      this.extractTopics = on;
      return this;
    }

    /**
     * Bring the reference graphs up to date before every ingest (default true; needs
     * {@link #referenceGraphs}). Off for a store whose reference data comes from elsewhere, or for
     * a caller that loads them at another time.
     */
    public Builder referenceGraphsOnIngest(boolean on) {
      this.referencesOnIngest = on;
      return this;
    }

    /** Records per transaction (default 2,000: fewer, larger transactions load faster). */
    public Builder batchSize(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("batch size must be at least 1: " + records);
      }
      this.batchSize = records;
      return this;
    }

    /** Checks each record's graph, provenance included, before it is stored (default: the standard shapes). */
    public Builder validator(RecordValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Threads that map records (default: one per processor). Mapping a record (topics, venues,
     * validation, hash) costs more than reading or writing it, so on one thread it sets the pace;
     * on more, the order of the records, the report and the writes stay as on one.
     */
    public Builder mappingThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("at least one mapping thread is needed: " + threads);
      }
      this.mappingThreads = threads;
      return this;
    }

    private static int defaultMappingThreads() {
      return Runtime.getRuntime().availableProcessors();
    }

    public IngestPipeline build() {
      return new IngestPipeline(this);
    }
  }
}
