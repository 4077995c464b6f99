package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTrieTest {
  private static final List<String> TEXT = List.of("we", "train", "graph", "neural", "network", "model");

  private static WordTrie<String> trie() {
    WordTrie<String> trie = new WordTrie<>();
    trie.put("graph", "g");
    trie.put("graph neural network", "gnn");
    trie.put("neural network", "nn");
    trie.put("graph neural network model zoo", "zoo");
    return trie;
  }

  @Test
  void getFindsAKeyByItsWordsAndNothingElse() {
    WordTrie<String> trie = trie();
    assertThat(trie.get(TEXT, 2, 5)).isEqualTo("gnn");
    assertThat(trie.get(TEXT, 3, 5)).isEqualTo("nn");
    assertThat(trie.get(TEXT, 2, 3)).isEqualTo("g");
    // "graph neural" is only on the way to a key.
    assertThat(trie.get(TEXT, 2, 4)).isNull();
    assertThat(trie.get(TEXT, 0, 2)).isNull();
    assertThat(trie.get(TEXT, 2, 2)).isNull();
  }

  @Test
  void alongGivesTheValueOfEveryLengthFromAWordUntilNoKeyGoesOn() {
    String[] out = new String[5];
    int n = trie().along(TEXT, 2, 5, out);
    // "graph neural network model" leads on to "... zoo", which the text does not have.
    assertThat(n).isEqualTo(4);
    assertThat(out).containsExactly("g", null, "gnn", null, null);
  }

  @Test
  void alongStopsAtTheLimitAndAtTheEndOfTheWords() {
    String[] out = new String[5];
    assertThat(trie().along(TEXT, 2, 2, out)).isEqualTo(2);
    assertThat(trie().along(TEXT, 4, 5, out)).isZero();
    assertThat(trie().along(List.of("graph", "neural"), 0, 5, out)).isEqualTo(2);
  }

  @Test
  void aLaterPutReplacesTheValue() {
    WordTrie<String> trie = trie();
    trie.put("neural network", "other");
    assertThat(trie.get(TEXT, 3, 5)).isEqualTo("other");
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThatThrownBy(() -> new WordTrie<String>().put("", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
