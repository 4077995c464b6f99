package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassagesTest {
  // Words of 4 characters, one space apart: word i spans [5i, 5i + 4).
  private static int[] starts(int n) {
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = 5 * i;
    }
    return s;
  }

  private static int[] ends(int n) {
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      e[i] = 5 * i + 4;
    }
    return e;
  }

  @Test
  void noMatchingWordNoPassage() {
    assertThat(Passages.best(starts(10), ends(10), new String[10], 10, 49, 20)).isNull();
    assertThat(Passages.best(new int[0], new int[0], new String[0], 0, 0, 20)).isNull();
  }

  @Test
  void aPassageEndsAfterTheWordBeforeTheOneReachingTheWidth() {
    // Width 20: word 3 ends at 19 (< 20), word 4 ends at 24 (>= 20) and begins the second passage,
    // which starts where word 3 ended; word 8 ends at 44 (>= 40) and begins the third.
    String[] words = new String[12];
    words[5] = "b";
    assertThat(Passages.best(starts(12), ends(12), words, 12, 59, 20)).containsExactly(19, 39);
  }

  @Test
  void theLastPassageRunsToTheEndOfTheLiteral() {
    String[] words = new String[12];
    words[11] = "z";
    assertThat(Passages.best(starts(12), ends(12), words, 12, 70, 20)).containsExactly(39, 70);
  }

  @Test
  void moreDifferentWordsWinAndTheFirstWinsATie() {
    String[] words = new String[12];
    words[0] = "a";
    words[1] = "a";
    words[5] = "a";
    words[6] = "b";
    words[9] = "a";
    words[10] = "b";
    // Passage one has one different word twice, passages two and three two each: the second wins.
    assertThat(Passages.best(starts(12), ends(12), words, 12, 59, 20)).containsExactly(19, 39);
  }
}
