package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class TermHighlighterTest {
  private static final StandardAnalyzer ANALYZER = new StandardAnalyzer();

  private static final List<String> VOCABULARY = List.of("diffusion", "models", "graph", "neural", "network", "networks",
      "the", "of", "a", "we", "propose", "<b>", "&", "\"quoted\"", "x>y", "GRAPH", "Graph-based", "convolutional", "conv",
      "e.g.", "2024", "state-of-the-art", "Ünïcode", "naïve", "日本語", "—", "(", ")", ",", ".", "  ", "\n", "transformer",
      "retrieval-augmented", "M$^3$ViT", "learning", "learned");

  private static Query words(String... words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      b.add(w.endsWith("*") ? new PrefixQuery(new Term(TextIndexing.TEXT_FIELD, w.substring(0, w.length() - 1)))
          : new TermQuery(new Term(TextIndexing.TEXT_FIELD, w)), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  @Test
  void marksWordsAndPrefixesAndEscapesTheRest() {
    TermHighlighter h = new TermHighlighter(words("graph", "conv*"), ANALYZER);
    assertThat(h.passage("A <Graph> & convolutional nets")).isEqualTo("A &lt;<em>Graph</em>&gt; &amp; <em>convolutional</em> nets");
    assertThat(h.passage("nothing to see")).isNull();
    assertThat(h.passage("")).isNull();
  }

  @Test
  void showsTheFirstPassageWithTheMostDifferentWordsCutWithEllipses() {
    TermHighlighter h = new TermHighlighter(words("graph", "neural"), ANALYZER);
    String text = "graph " + "filler ".repeat(40) + "graph neural " + "filler ".repeat(40) + "neural graph";
    String p = h.passage(text);
    assertThat(p).startsWith("…").endsWith("…").contains("<em>graph</em> <em>neural</em>");
    assertThat(p).isEqualTo(h.lucenePassage(text));
  }

  @Test
  void picksTheSamePassageAsLucenesHighlighterOnRandomTexts() {
    Random random = new Random(14);
    List<Query> queries = List.of(words("graph"), words("graph", "neural"), words("conv*"), words("learn*", "models"),
        words("diffusion", "networks", "the"), words("日本語"), words("naïve"), words("b"));
    int compared = 0;
    int highlighted = 0;
    for (int n = 0; n < 600; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(8) == 0 ? random.nextInt(4) : random.nextInt(400);
      for (int i = 0; i < length; i++) {
        text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        text.append(random.nextInt(5) == 0 ? "" : " ");
      }
      String literal = random.nextBoolean() ? text.toString() : " " + text + " ";
      for (Query q : queries) {
        TermHighlighter h = new TermHighlighter(q, ANALYZER);
        String expected = h.lucenePassage(literal);
        assertThat(h.passage(literal)).as("%s in %s", q, literal).isEqualTo(expected);
        compared++;
        highlighted += expected == null ? 0 : 1;
      }
    }
    // Both outcomes were exercised, not only the empty one.
    assertThat(compared).isEqualTo(4_800);
    assertThat(highlighted).isGreaterThan(1_000).isLessThan(compared);
  }

  @Test
  void aLiteralLongerThanLuceneReadsIsLeftToIt() {
    TermHighlighter h = new TermHighlighter(words("graph"), ANALYZER);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      parts.add(i == 11_000 ? "graph" : "word");
    }
    String literal = String.join(" ", parts);
    assertThat(h.passage(literal)).isEqualTo(h.lucenePassage(literal));
  }
}
