package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaperTextTest {
  private static PaperIndex.Snapshot snapshot(String... titleAndAbstract) {
    List<PaperIndex.Row> rows = new ArrayList<>();
    for (int i = 0; i < titleAndAbstract.length; i += 2) {
      rows.add(new PaperIndex.Row("2301.%05d".formatted(i), "urn:p" + i, LocalDate.of(2023, 1, 1), titleAndAbstract[i],
          titleAndAbstract[i + 1], List.of(), List.of(), List.of(), List.of()));
    }
    return new PaperIndex.Snapshot(rows, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  private static List<Integer> positions(BitSet b) {
    return b.stream().boxed().toList();
  }

  @Test
  void matchesSubstringsOfWordsInTitleOrAbstract() {
    PaperText text = PaperText.of(snapshot(
        "Diffusion Models for Graphs", "We study score-based generative models.",
        "Graph neural networks", null,
        "Versatile-Diffusion", "Text-to-image and image variation."));
    assertThat(positions(text.scored(Terms.of("diffus")).matching())).containsExactly(0, 2);
    assertThat(positions(text.scored(Terms.of("graph model")).matching())).containsExactly(0);
    assertThat(positions(text.scored(Terms.of("SCORE generative")).matching())).containsExactly(0);
    assertThat(positions(text.scored(Terms.of("image variation versatile")).matching())).containsExactly(2);
    assertThat(positions(text.scored(Terms.of("quantum")).matching())).isEmpty();
  }

  @Test
  void scoresATitleMatchThreeTimes() {
    PaperText text = PaperText.of(snapshot("Graph graphs", "a graph"));
    assertThat(text.scored(Terms.of("graph")).score(0)).isEqualTo(3 * 2 + 1);
  }

  /** The dictionary answers exactly what scanning every text with {@link Terms#allIn} answers. */
  @Test
  void agreesWithAScanOfEveryText() {
    Random random = new Random(42);
    String alphabet = "abcde ÄäİıßΣσς-_.,0123²Ⅻﬁ\uD835\uDC00\uD83D\uDE00";
    String[] texts = new String[400];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        int c = random.nextInt(alphabet.length());
        if (Character.isLowSurrogate(alphabet.charAt(c))) {
          continue;
        }
        sb.append(Character.isHighSurrogate(alphabet.charAt(c)) ? alphabet.substring(c, c + 2) : String.valueOf(alphabet.charAt(c)));
      }
      texts[i] = i % 17 == 0 ? null : sb.toString();
    }
    PaperIndex.Snapshot snap = snapshot(texts);
    PaperText text = PaperText.of(snap);
    for (int q = 0; q < 300; q++) {
      String query = texts[1 + random.nextInt(texts.length - 1)];
      if (query == null || query.length() < 2) {
        continue;
      }
      int from = random.nextInt(query.length() - 1);
      Terms terms = Terms.of(query.substring(from, Math.min(query.length(), from + 1 + random.nextInt(6))));
      if (terms.isEmpty()) {
        continue;
      }
      BitSet expected = new BitSet();
      for (int i = 0; i < snap.rows().size(); i++) {
        PaperIndex.Row r = snap.rows().get(i);
        if (terms.allIn(r.title(), r.abstractText())) {
          expected.set(i);
        }
      }
      PaperText.Scores scores = text.scored(terms);
      assertThat(scores.matching()).as("query %s", terms.words()).isEqualTo(expected);
      for (int i = expected.nextSetBit(0); i >= 0; i = expected.nextSetBit(i + 1)) {
        PaperIndex.Row r = snap.rows().get(i);
        assertThat(scores.score(i)).as("score of %d for %s", i, terms.words())
            .isEqualTo(3 * terms.occurrences(r.title()) + terms.occurrences(r.abstractText()));
      }
    }
  }
}
