package org.papergraph.ingest.record;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A reader of one input format: yields records and rejections one at a time. */
public interface RecordReader extends Iterator<ReadResult>, AutoCloseable {
  @Override
  void close();

  /** The results as a sequential stream; closing the stream closes the reader. */
  default Stream<ReadResult> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }
}
