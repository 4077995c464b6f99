package org.papergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {
  @Test
  void addsUserAndSystemTicks() {
    String line = "4242 (java) S 1 4242 4242 0 -1 4194560 123 0 0 0 1500 230 0 0 20 0 40 0 100 0 0";
    assertThat(ProcessCpu.parseTicks(line)).isEqualTo(1730);
  }

  @Test
  void countsFieldsAfterACommandNameWithSpacesAndParentheses() {
    String line = "7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 11 22 0 0 20 0 1 0 5 0 0";
    assertThat(ProcessCpu.parseTicks(line)).isEqualTo(33);
  }

  @Test
  void saysWhatIsWrongWithAShortLine() {
    assertThatThrownBy(() -> ProcessCpu.parseTicks("7 (x) R 1 2")).hasMessageContaining("expected at least 15");
  }

  @Test
  void readsItsOwnProcess() {
    ProcessCpu self = new ProcessCpu(ProcessHandle.current().pid());
    assertThat(self.millis()).isGreaterThan(0);
  }
}
