package org.papergraph.core.store;

/** The announcing wrapper keeps every promise of the store it wraps. */
class AnnouncingGraphStoreTest extends GraphStoreContract {
  @Override
  GraphStore openEmptyStore() {
    return AnnouncingStore.of(GraphStores.memory());
  }
}
