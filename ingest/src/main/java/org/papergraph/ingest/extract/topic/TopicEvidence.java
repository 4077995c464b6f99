package org.papergraph.ingest.extract.topic;

import java.util.Objects;

/**
 * One mention that supports a topic assignment: the words of the paper that matched a label of
 * the topic, where they stand, and how much that place counts.
 *
 * @param text the matched words as the paper writes them
 * @param part the part of the record they are in
 * @param start the offset of their first character in that part (UTF-16 units), or -1 when the
 *     words could not be located exactly (accents folded away, say)
 * @param end the offset just past their last character, or -1 with {@code start}
 * @param sentence where the sentence that holds them stands: the title, the lead (the abstract's
 *     first sentence or one in which the paper says what it does) or the body
 */
public record TopicEvidence(String text, Part part, int start, int end, Sentence sentence) {
  /** The parts of a record the tagger reads. */
  public enum Part {
    TITLE,
    ABSTRACT
  }

  /** How telling the sentence of a mention is; see {@link TopicTagger}. */
  public enum Sentence {
    TITLE,
    LEAD,
    BODY
  }

  public TopicEvidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(sentence, "sentence");
    if (start < -1 || end < start || start < 0 && end != -1) {
      throw new IllegalArgumentException("a span is -1..-1 or start <= end: " + start + ".." + end);
    }
  }
}
