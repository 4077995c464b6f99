package org.papergraph.ingest.record;

import java.util.Iterator;

/** A reader of one input format: yields records and rejections one at a time. */
public interface RecordReader extends Iterator<ReadResult>, AutoCloseable {
  @Override
  void close();
}
