package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
  static final URI QUERY = URI.create("http://localhost:8890/sparql");
  static final URI UPDATE = URI.create("http://localhost:8890/sparql-auth");

  @Test
  void aRemoteStoreFollowsTheStandardUnlessToldOtherwise() {
    assertThat(StoreConfig.remote(QUERY, UPDATE, URI.create("http://localhost:3030/ds/data")).dialect())
        .isEqualTo(RemoteDialect.STANDARD);
  }

  @Test
  void onlyVirtuosoDoesWithoutAGraphStoreEndpoint() {
    assertThat(new StoreConfig(StoreKind.REMOTE, null, null, QUERY, UPDATE, null, RemoteDialect.VIRTUOSO, null, null, null).graphStoreEndpoint())
        .isNull();
    assertThatThrownBy(() -> new StoreConfig(StoreKind.REMOTE, null, null, QUERY, UPDATE, null, RemoteDialect.STANDARD, null, null, null))
        .hasMessageContaining("graph store endpoint");
  }

  @Test
  void aLoginNeedsBothHalves() {
    assertThatThrownBy(() -> new StoreConfig(StoreKind.REMOTE, null, null, QUERY, UPDATE, null, RemoteDialect.VIRTUOSO, "papergraph", null, null))
        .hasMessageContaining("both a user name and a password");
  }

  @Test
  void thePasswordIsNeverPrinted() {
    StoreConfig c = new StoreConfig(StoreKind.REMOTE, null, null, QUERY, UPDATE, null, RemoteDialect.VIRTUOSO, "papergraph", "s3cret-value", null);
    assertThat(c.toString()).contains("papergraph").doesNotContain("s3cret-value");
  }

  @Test
  void virtuosoTextSearchNeedsTheVirtuosoDialect() {
    StoreConfig fuseki = StoreConfig.remote(QUERY, UPDATE, URI.create("http://localhost:3030/ds/data"));
    assertThat(fuseki.textSearch()).isEqualTo(RemoteTextSearch.SCAN);
    assertThat(fuseki.withTextSearch(RemoteTextSearch.JENA_TEXT).textSearch()).isEqualTo(RemoteTextSearch.JENA_TEXT);
    assertThatThrownBy(() -> fuseki.withTextSearch(RemoteTextSearch.VIRTUOSO))
        .hasMessageContaining("needs the dialect virtuoso");
  }
}
