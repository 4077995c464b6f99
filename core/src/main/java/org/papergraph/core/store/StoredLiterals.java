package org.papergraph.core.store;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The stored fields of the text index's documents that searches have shown, decoded, per segment:
 * reading a document's stored fields decompresses the block it is in (LZ4), which was a fifth of a
 * search's time though each search shows only a few dozen literals, mostly the same ones again. A
 * segment's documents never change (a delete only marks one), so what is read from a segment is
 * kept until the segment is closed. At most {@link #KEPT} documents are kept in all; past that
 * everything is dropped and read again as it is asked for.
 *
 * <p>Two searches may read the same document at once; both get the same fields.
 */
final class StoredLiterals {
  /** How many documents are kept at most: a few dozen per search; an abstract is a kilobyte or two. */
  static final int KEPT = 10_000;

  private static final Set<String> FIELDS = Set.of(TextIndexing.ENTITY_FIELD, TextIndexing.GRAPH_FIELD, TextIndexing.TEXT_FIELD,
      TextIndexing.LANG_FIELD);

  /** One document: its subject, and its literal (null when it stores no text). */
  record Doc(String subject, TextIndexing.IndexedLiteral literal) {}

  private final Map<IndexReader.CacheKey, Map<Integer, Doc>> bySegment = new ConcurrentHashMap<>();
  private final AtomicInteger kept = new AtomicInteger();
  private final int limit;

  StoredLiterals() {
    this(KEPT);
  }

  /** @param limit how many documents are kept at most */
  StoredLiterals(int limit) {
    this.limit = limit;
  }

  /** Document {@code doc} (a number within {@code segment}), read once while the segment is open. */
  Doc of(LeafReader segment, int doc) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return read(segment, doc);
    }
    Map<Integer, Doc> docs = bySegment.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(bySegment::remove);
      return new ConcurrentHashMap<>();
    });
    Doc found = docs.get(doc);
    if (found != null) {
      return found;
    }
    Doc read = read(segment, doc);
    if (kept.incrementAndGet() > limit) {
      bySegment.values().forEach(Map::clear);
      kept.set(1);
    }
    docs.put(doc, read);
    return read;
  }

  /** How many documents are kept now: for tests. */
  int size() {
    return bySegment.values().stream().mapToInt(Map::size).sum();
  }

  /** How many segments have documents kept: for tests. */
  int segments() {
    return bySegment.size();
  }

  private static Doc read(LeafReader segment, int doc) throws IOException {
    Document d = segment.storedFields().document(doc, FIELDS);
    String text = d.get(TextIndexing.TEXT_FIELD);
    return new Doc(d.get(TextIndexing.ENTITY_FIELD),
        text == null ? null : new TextIndexing.IndexedLiteral(d.get(TextIndexing.GRAPH_FIELD), text, d.get(TextIndexing.LANG_FIELD)));
  }
}
