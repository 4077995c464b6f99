package org.papergraph.core.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What store to open.
 *
 * @param kind the backend
 * @param location the TDB2 directory (used by {@link StoreKind#TDB2} only)
 */
public record StoreConfig(StoreKind kind, Path location) {
  public StoreConfig {
    Objects.requireNonNull(kind, "kind");
    if (kind == StoreKind.TDB2) {
      Objects.requireNonNull(location, "a TDB2 store needs a location");
    }
  }
}
