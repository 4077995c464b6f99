package org.papergraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.papergraph.core.store.RemoteTextSearch;
import org.papergraph.core.store.StoreConfig;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.mock.env.MockEnvironment;

/** papergraph.store.* binds to core's StoreConfig as it is, with core's defaults. */
class StoreConfigurationTest {
  private static StoreConfig bound(String... keysAndValues) {
    MockEnvironment env = new MockEnvironment();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      env.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new StoreConfiguration().storeConfig(env);
  }

  @Test
  void withNothingSetItIsCoresDefault() {
    assertThat(bound()).isEqualTo(StoreConfig.tdb2(Path.of(StoreConfig.DEFAULT_LOCATION)));
    assertThat(bound("papergraph.store.remote-view-max-age", "5s")).isEqualTo(StoreConfig.tdb2(Path.of(StoreConfig.DEFAULT_LOCATION)));
  }

  @Test
  void everyFieldBindsFromItsKebabCaseSetting() {
    assertThat(bound("papergraph.store.location", "/data/g", "papergraph.store.text-index-location", "/data/i"))
        .isEqualTo(StoreConfig.tdb2(Path.of("/data/g"), Path.of("/data/i")));
    assertThat(bound("papergraph.store.kind", "memory")).isEqualTo(StoreConfig.memory());
    assertThat(bound(
        "papergraph.store.kind", "REMOTE",
        "papergraph.store.query-endpoint", "http://db/q",
        "papergraph.store.update-endpoint", "http://db/u",
        "papergraph.store.graph-store-endpoint", "http://db/g"))
        .isEqualTo(StoreConfig.remote(URI.create("http://db/q"), URI.create("http://db/u"), URI.create("http://db/g")));
    assertThat(bound(
        "papergraph.store.kind", "remote",
        "papergraph.store.query-endpoint", "http://db/q",
        "papergraph.store.update-endpoint", "http://db/u",
        "papergraph.store.graph-store-endpoint", "http://db/g",
        "papergraph.store.text-search", "jena-text"))
        .isEqualTo(StoreConfig.remote(URI.create("http://db/q"), URI.create("http://db/u"), URI.create("http://db/g"))
            .withTextSearch(RemoteTextSearch.JENA_TEXT));
  }

  @Test
  void aRemoteStoreWithoutItsEndpointsSaysWhatIsMissing() {
    assertThatThrownBy(() -> bound("papergraph.store.kind", "remote"))
        .isInstanceOf(BindException.class)
        .hasMessageContaining("papergraph.store")
        .rootCause().hasMessageContaining("a remote store needs its query endpoint");
  }
}
