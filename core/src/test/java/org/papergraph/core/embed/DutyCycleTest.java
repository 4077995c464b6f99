package org.papergraph.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyCycleTest {
  @Test
  void restsSoThatBatchesTakeTheirShareOfTheTime() {
    List<Long> rests = new ArrayList<>();
    DutyCycle quarter = new DutyCycle(0.25, rests::add);

    assertThat(quarter.awaitTurn()).as("the first batch runs at once").isTrue();
    quarter.ran(100_000_000L);
    assertThat(quarter.awaitTurn()).isTrue();
    quarter.ran(40_000_000L);
    assertThat(quarter.awaitTurn()).isTrue();

    assertThat(rests).as("three times each batch: a quarter working, three quarters resting")
        .containsExactly(300_000_000L, 120_000_000L);
  }

  @Test
  void aWholeCoreNeverRests() {
    List<Long> rests = new ArrayList<>();
    DutyCycle full = new DutyCycle(1.0, rests::add);
    full.ran(100_000_000L);
    assertThat(full.awaitTurn()).isTrue();
    assertThat(rests).isEmpty();
  }

  @Test
  void refusesAShareOutsideZeroToOne() {
    assertThatThrownBy(() -> new DutyCycle(0)).hasMessageContaining("more than 0 and at most 1, not 0.0");
    assertThatThrownBy(() -> new DutyCycle(1.5)).hasMessageContaining("not 1.5");
    assertThatThrownBy(() -> new DutyCycle(Double.NaN)).hasMessageContaining("not NaN");
  }
}
