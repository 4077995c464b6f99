package org.papergraph.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoftwareTest {
  @Test
  void theVersionIsTheOneMavenBuilt() {
    // The reference graphs are refreshed when this changes, so a placeholder here would keep
    // them stale across upgrades.
    assertThat(Software.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
