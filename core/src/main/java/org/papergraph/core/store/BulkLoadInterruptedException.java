package org.papergraph.core.store;

import java.nio.file.Path;

/**
 * A TDB2 store whose bulk load ({@link GraphStore#bulkLoad}) did not finish: TDB2's loader writes
 * its indexes outside any transaction, so such a store holds part of the load, possibly with
 * indexes that disagree, and is not opened.
 */
public final class BulkLoadInterruptedException extends IllegalStateException {
  public BulkLoadInterruptedException(Path location) {
    super("a bulk load into " + location + " did not finish, so the store holds only part of it and is not opened;"
        + " restore the store from a backup (or, for a store that was empty before the load, delete " + location
        + " and its full-text index directory), then load again");
  }
}
