package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tagger's near-spelling test against the plain edit distance it stands for. */
class TopicSimilarityTest {

  /** The textbook dynamic programme, with no shortcut. */
  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  private static String mutate(String s, Random random) {
    StringBuilder sb = new StringBuilder(s);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      int at = random.nextInt(sb.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> sb.insert(at, (char) ('a' + random.nextInt(3)));
        case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
        default -> { if (at < sb.length()) sb.setCharAt(at, (char) ('a' + random.nextInt(3))); }
      }
    }
    return sb.toString();
  }

  private static String word(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < length; k++) {
      sb.append(random.nextInt(6) == 0 ? ' ' : (char) ('a' + random.nextInt(3)));
    }
    return sb.toString();
  }

  @Test
  void editDistanceIsTheLevenshteinDistanceUpToTheAllowanceAndAboveItBeyond() {
    Random random = new Random(42);
    for (int k = 0; k < 20_000; k++) {
      String a = word(random, random.nextInt(30));
      String b = random.nextBoolean() ? mutate(a, random) : word(random, random.nextInt(30));
      int allowed = random.nextInt(5);
      int exact = levenshtein(a, b);
      int bounded = TopicTagger.editDistance(a, b, allowed);
      if (exact <= allowed) {
        assertThat(bounded).as("%s / %s", a, b).isEqualTo(exact);
      } else {
        assertThat(bounded).as("%s / %s", a, b).isGreaterThan(allowed);
      }
      assertThat(TopicTagger.editDistance(a, b, Integer.MAX_VALUE)).isEqualTo(exact);
    }
  }

  @Test
  void similarityIsOneMinusTheDistanceOverTheLongerLengthWhenItReachesTheThreshold() {
    Random random = new Random(7);
    int similar = 0;
    for (int k = 0; k < 20_000; k++) {
      String a = word(random, 10 + random.nextInt(40));
      String b = mutate(a, random);
      double expected = 1.0 - (double) levenshtein(a, b) / Math.max(a.length(), b.length());
      double got = TopicTagger.similarity(a, b);
      if (expected >= TopicTagger.SIMILARITY) {
        assertThat(got).as("%s / %s", a, b).isEqualTo(expected);
        similar++;
      } else {
        assertThat(got).as("%s / %s", a, b).isZero();
      }
    }
    // Both sides of the threshold were tried.
    assertThat(similar).isBetween(1_000, 19_000);
  }

  @Test
  void realNearSpellings() {
    assertThat(TopicTagger.similarity("stochastic gradient descent", "stochastic gradient descend")).isEqualTo(1.0 - 1.0 / 27);
    // Two edits in 28 characters is below the threshold.
    assertThat(TopicTagger.similarity("convolutional neural network", "convolution neural network")).isZero();
    assertThat(TopicTagger.similarity("neural network", "neural networx")).isZero();
    assertThat(TopicTagger.similarity("", "")).isZero();
  }

  @Test
  void containsIgnoringCaseFindsAsciiInAnyCase() {
    assertThat(TopicTagger.containsIgnoringCase("Models SUCH AS these", "such as")).isTrue();
    assertThat(TopicTagger.containsIgnoringCase("see E.g. here", "e.")).isTrue();
    assertThat(TopicTagger.containsIgnoringCase("such a", "such as")).isFalse();
    assertThat(TopicTagger.containsIgnoringCase("", "like")).isFalse();
  }
}
