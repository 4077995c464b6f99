package org.papergraph.ingest.extract.topic;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The topic schemes, read once and shared by every tagger: CSO, the Papers with Code methods,
 * Papergraph's own vocabulary of current topics and the Papers with Code tasks, which the text is
 * matched against, and arXiv's subjects, a paper's topic from its category ({@link ArxivTopics}). The files live under the seeds folder; the api
 * jar carries that folder on its class path under {@code seeds/}.
 */
public final class TopicReference {
  public static final String CSO_FILE = "reference/cso/CSO.3.5.csv.zip";
  public static final String PWC_FILE = "reference/pwc-methods/methods.json.gz";
  public static final String CURATED_FILE = "reference/papergraph-topics/topics.ttl";
  public static final String TASKS_FILE = "reference/pwc-tasks/tasks.tsv";
  public static final String ARXIV_FILE = "reference/arxiv-taxonomy/arxiv-taxonomy.tsv";

  private final TopicScheme cso;
  private final TopicScheme pwc;
  private final TopicScheme curated;
  private final TopicScheme tasks;
  private final TopicScheme arxiv;

  public TopicReference(TopicScheme cso, TopicScheme pwc, TopicScheme curated, TopicScheme tasks, TopicScheme arxiv) {
    this.cso = cso;
    this.pwc = pwc;
    this.curated = curated;
    this.tasks = tasks;
    this.arxiv = arxiv;
  }

  /** Reads the schemes from a seeds folder (the one that holds {@code reference/}). */
  public static TopicReference load(Path seedsDir) throws IOException {
    return read(new SchemeFiles() {
      @Override
      public InputStream open(String file) throws IOException {
        return Files.newInputStream(seedsDir.resolve(file));
      }

      @Override
      public String name(String file) {
        return seedsDir.resolve(file).toString();
      }
    });
  }

  /** Reads the schemes from the class path, below {@code prefix} (e.g. {@code seeds/}). */
  public static TopicReference fromClasspath(ClassLoader loader, String prefix) throws IOException {
    return read(new SchemeFiles() {
      @Override
      public InputStream open(String file) throws IOException {
        return resource(loader, prefix + file);
      }

      @Override
      public String name(String file) {
        return "classpath:" + prefix + file;
      }
    });
  }

  /** Where the scheme files are read from, by their path below the seeds folder. */
  private interface SchemeFiles {
    InputStream open(String file) throws IOException;

    /** How errors name the file. */
    String name(String file);
  }

  // Each scheme is read after the ones it aligns its concepts with.
  private static TopicReference read(SchemeFiles files) throws IOException {
    TopicScheme cso;
    try (InputStream in = files.open(CSO_FILE)) {
      cso = CsoOntology.load(in, files.name(CSO_FILE));
    }
    TopicScheme pwc;
    try (InputStream in = files.open(PWC_FILE)) {
      pwc = PwcMethods.load(in, files.name(PWC_FILE), cso);
    }
    TopicScheme curated;
    try (InputStream in = files.open(CURATED_FILE)) {
      curated = PapergraphTopics.load(in, files.name(CURATED_FILE), cso, pwc);
    }
    TopicScheme tasks;
    try (InputStream in = files.open(TASKS_FILE)) {
      tasks = PwcTasks.load(in, files.name(TASKS_FILE), cso, pwc, curated);
    }
    try (InputStream in = files.open(ARXIV_FILE)) {
      return new TopicReference(cso, pwc, curated, tasks, ArxivTopics.load(in, files.name(ARXIV_FILE)));
    }
  }

  /**
   * Writes the five schemes as parsed, for {@link #readFrom}: reading them back costs a small
   * part of parsing the sources again.
   */
  public void writeTo(DataOutput out) throws IOException {
    for (TopicScheme scheme : schemes()) {
      TopicSchemeCodec.write(scheme, out);
    }
  }

  /** The schemes {@link #writeTo} wrote. */
  public static TopicReference readFrom(DataInput in) throws IOException {
    return new TopicReference(TopicSchemeCodec.read(in), TopicSchemeCodec.read(in), TopicSchemeCodec.read(in), TopicSchemeCodec.read(in), TopicSchemeCodec.read(in));
  }

  private static InputStream resource(ClassLoader loader, String name) throws IOException {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the class path holds no " + name);
    }
    return in;
  }

  public TopicScheme cso() {
    return cso;
  }

  public TopicScheme pwc() {
    return pwc;
  }

  public TopicScheme curated() {
    return curated;
  }

  public TopicScheme tasks() {
    return tasks;
  }

  /** arXiv's groups, archives and categories as topics ({@link ArxivTopics}). */
  public TopicScheme arxiv() {
    return arxiv;
  }

  public List<TopicScheme> schemes() {
    return List.of(cso, pwc, curated, tasks, arxiv);
  }
}
