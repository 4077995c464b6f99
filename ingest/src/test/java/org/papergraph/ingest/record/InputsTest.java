package org.papergraph.ingest.record;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  @Test
  void aPlainFileIsJudgedByItsSize() throws Exception {
    Path file = Files.write(dir.resolve("plain.txt"), new byte[1000]);
    assertThatCode(() -> Inputs.requireWithinLimit(file, 1000)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Inputs.requireWithinLimit(file, 999)).isInstanceOf(Inputs.InputTooLargeException.class);
  }

  @Test
  void aGzipFileIsJudgedByWhatItInflatesTo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(new byte[100_000]);
    }
    Path file = Files.write(dir.resolve("body.gz"), bytes.toByteArray());
    // A few hundred bytes as stored, 100,000 once inflated.
    assertThatCode(() -> Inputs.requireWithinLimit(file, 100_000)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Inputs.requireWithinLimit(file, 99_999))
        .isInstanceOf(Inputs.InputTooLargeException.class)
        .hasMessageContaining("99999");
  }
}
