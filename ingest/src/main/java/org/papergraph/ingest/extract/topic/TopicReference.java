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
 * Papergraph's own vocabulary of current topics and the Papers with Code tasks. The files live under the seeds folder; the api
 * jar carries that folder on its class path under {@code seeds/}.
 */
public final class TopicReference {
  public static final String CSO_FILE = "reference/cso/CSO.3.5.csv.zip";
  public static final String PWC_FILE = "reference/pwc-methods/methods.json.gz";
  public static final String CURATED_FILE = "reference/papergraph-topics/topics.ttl";
  public static final String TASKS_FILE = "reference/pwc-tasks/tasks.tsv";

  private final TopicScheme cso;
  private final TopicScheme pwc;
  private final TopicScheme curated;
  private final TopicScheme tasks;

  public TopicReference(TopicScheme cso, TopicScheme pwc, TopicScheme curated, TopicScheme tasks) {
    this.cso = cso;
    this.pwc = pwc;
    this.curated = curated;
    this.tasks = tasks;
  }

  /** Reads the schemes from a seeds folder (the one that holds {@code reference/}). */
  public static TopicReference load(Path seedsDir) throws IOException {
    TopicScheme cso;
    Path csoFile = seedsDir.resolve(CSO_FILE);
    try (InputStream in = Files.newInputStream(csoFile)) {
      cso = CsoOntology.load(in, csoFile.toString());
    }
    TopicScheme pwc;
    Path pwcFile = seedsDir.resolve(PWC_FILE);
    try (InputStream in = Files.newInputStream(pwcFile)) {
      pwc = PwcMethods.load(in, pwcFile.toString(), cso);
    }
    TopicScheme curated;
    Path curatedFile = seedsDir.resolve(CURATED_FILE);
    try (InputStream in = Files.newInputStream(curatedFile)) {
      curated = PapergraphTopics.load(in, curatedFile.toString(), cso, pwc);
    }
    Path tasksFile = seedsDir.resolve(TASKS_FILE);
    try (InputStream in = Files.newInputStream(tasksFile)) {
      return new TopicReference(cso, pwc, curated, PwcTasks.load(in, tasksFile.toString(), cso, pwc, curated));
    }
  }

  /** Reads the schemes from the class path, below {@code prefix} (e.g. {@code seeds/}). */
  public static TopicReference fromClasspath(ClassLoader loader, String prefix) throws IOException {
    TopicScheme cso;
    try (InputStream in = resource(loader, prefix + CSO_FILE)) {
      cso = CsoOntology.load(in, "classpath:" + prefix + CSO_FILE);
    }
    TopicScheme pwc;
    try (InputStream in = resource(loader, prefix + PWC_FILE)) {
      pwc = PwcMethods.load(in, "classpath:" + prefix + PWC_FILE, cso);
    }
    TopicScheme curated;
    try (InputStream in = resource(loader, prefix + CURATED_FILE)) {
      curated = PapergraphTopics.load(in, "classpath:" + prefix + CURATED_FILE, cso, pwc);
    }
    try (InputStream in = resource(loader, prefix + TASKS_FILE)) {
      return new TopicReference(cso, pwc, curated, PwcTasks.load(in, "classpath:" + prefix + TASKS_FILE, cso, pwc, curated));
    }
  }

  /**
   * Writes the four schemes as parsed, for {@link #readFrom}: reading them back costs a small
   * part of parsing the sources again.
   */
  public void writeTo(DataOutput out) throws IOException {
    for (TopicScheme scheme : schemes()) {
      TopicSchemeCodec.write(scheme, out);
    }
  }

  /** The schemes {@link #writeTo} wrote. */
  public static TopicReference readFrom(DataInput in) throws IOException {
    return new TopicReference(TopicSchemeCodec.read(in), TopicSchemeCodec.read(in), TopicSchemeCodec.read(in), TopicSchemeCodec.read(in));
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

  public List<TopicScheme> schemes() {
    return List.of(cso, pwc, curated, tasks);
  }
}
