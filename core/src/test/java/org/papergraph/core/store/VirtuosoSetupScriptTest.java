package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Virtuoso image runs the README's setup script, which the Virtuoso tests check: one script. */
class VirtuosoSetupScriptTest {
  @Test
  void theImagesScriptIsTheReadmes() throws Exception {
    Path image = VirtuosoServer.repositoryRoot().resolve("docker/virtuoso/papergraph-virtuoso.sql");
    assertThat(Files.readString(image)).isEqualTo(VirtuosoServer.readmeSetupScript());
  }
}
