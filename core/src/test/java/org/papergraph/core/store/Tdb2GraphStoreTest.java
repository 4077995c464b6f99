package org.papergraph.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreTest extends GraphStoreContract {
  @TempDir Path dir;

  @Override
  GraphStore openEmptyStore() {
    return GraphStores.tdb2(dir.resolve("tdb2"));
  }
}
