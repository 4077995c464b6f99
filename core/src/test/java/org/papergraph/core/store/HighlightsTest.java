package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  @Test
  void marksMatchesAndEscapesTheRest() {
    assertThat(Highlights.ofSubstrings("M$^3$ViT <b> & \"x\"", List.of("vit"))).isEqualTo("M$^3$<em>ViT</em> &lt;b&gt; &amp; &quot;x&quot;");
    assertThat(Highlights.ofSubstrings("nothing here", List.of("zzz"))).isNull();
    assertThat(Highlights.unescape(Highlights.escape("<a href=\"x\">&amp;</a>"))).isEqualTo("<a href=\"x\">&amp;</a>");
  }

  @Test
  void longTextsGiveAPassageAroundTheFirstMatch() {
    String text = "alpha ".repeat(50) + "target " + "omega ".repeat(50);
    String h = Highlights.ofSubstrings(text, List.of("target"));
    assertThat(h).startsWith("…").endsWith("…").contains("<em>target</em>");
    assertThat(h.length()).isLessThan(Highlights.WIDTH + 20);
  }
}
