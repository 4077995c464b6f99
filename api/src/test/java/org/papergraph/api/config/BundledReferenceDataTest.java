package org.papergraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.reference.ReferenceData;

/**
 * The compact reference data the build puts on the api's class path (and so in the jar) is
 * the compact form of the sources beside it, byte for byte: parsing them now gives exactly what
 * the server and the command line read instead.
 */
class BundledReferenceDataTest {
  private final ClassLoader loader = PapergraphSettings.class.getClassLoader();

  @Test
  void theCompactFormIsTheParsedSources() throws IOException {
    byte[] bundled;
    try (InputStream in = loader.getResourceAsStream(ReferenceData.COMPACT_RESOURCE)) {
      assertThat(in).as(ReferenceData.COMPACT_RESOURCE + " on the class path (written in the process-classes phase)").isNotNull();
      bundled = in.readAllBytes();
    }
    ByteArrayOutputStream parsed = new ByteArrayOutputStream();
    ReferenceData.parseClasspath(loader).writeCompact(parsed);
    assertThat(bundled).isEqualTo(parsed.toByteArray());
  }

  @Test
  void theServerAndTheCommandLineReadTheCompactForm() throws IOException {
    ReferenceData bundled = ReferenceData.bundled(loader);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    bundled.writeCompact(again);
    try (InputStream in = loader.getResourceAsStream(ReferenceData.COMPACT_RESOURCE)) {
      assertThat(again.toByteArray()).isEqualTo(in.readAllBytes());
    }
  }
}
