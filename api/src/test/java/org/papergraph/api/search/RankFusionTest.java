package org.papergraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  @Test
  void sumsTheReciprocalRanksOfEachItemOverTheRankings() {
    var fused = RankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("c", "a", "d")), 60);
    assertThat(fused).extracting(Map.Entry::getKey).containsExactly("a", "c", "b", "d");
    assertThat(fused.get(0).getValue()).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
    assertThat(fused.get(1).getValue()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    assertThat(fused.get(2).getValue()).isCloseTo(1.0 / 62, within(1e-12));
    assertThat(fused.get(3).getValue()).isCloseTo(1.0 / 63, within(1e-12));
  }

  @Test
  void anItemInOneRankingOnlyTiesWithItsPlaceAndEmptyRankingsGiveNothing() {
    assertThat(RankFusion.fuse(List.of(List.of(), List.of()), 60)).isEmpty();
    var fused = RankFusion.fuse(List.of(List.of("x"), List.of("y")), 60);
    assertThat(fused).extracting(Map.Entry::getKey).containsExactly("x", "y");
    assertThat(fused.get(0).getValue()).isEqualTo(fused.get(1).getValue());
  }
}
