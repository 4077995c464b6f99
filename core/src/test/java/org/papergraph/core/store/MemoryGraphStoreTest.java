package org.papergraph.core.store;

class MemoryGraphStoreTest extends GraphStoreContract {
  @Override
  GraphStore openEmptyStore() {
    return GraphStores.memory();
  }
}
