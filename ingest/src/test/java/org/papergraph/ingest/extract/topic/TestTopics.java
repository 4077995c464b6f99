package org.papergraph.ingest.extract.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real topic schemes from the seeds folder, read once for all the tests of a run. */
final class TestTopics {
  static final Path SEEDS = Path.of("..", "seeds");
  private static TopicReference reference;
  private static TopicTagger tagger;

  private TestTopics() {}

  static synchronized TopicReference reference() {
    if (reference == null) {
      try {
        reference = TopicReference.load(SEEDS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return reference;
  }

  static synchronized TopicTagger tagger() {
    if (tagger == null) {
      tagger = new TopicTagger(reference());
    }
    return tagger;
  }
}
