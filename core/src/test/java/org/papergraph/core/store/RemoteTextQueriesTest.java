package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.core.store.RemoteSparqlStore.SearchWord;

/** How a search text becomes the words sent to a remote server's text index. */
class RemoteTextQueriesTest {
  @Test
  void wordsAreLettersAndDigitsAndAStarMakesTheLastOfATokenAPrefix() {
    assertThat(RemoteSparqlStore.searchWords("Versat* DIFFUSION multi-flow*"))
        .containsExactly(new SearchWord("versat", true), new SearchWord("diffusion", false),
            new SearchWord("multi", false), new SearchWord("flow", true));
    // Both required: the word itself is the narrower of the two.
    assertThat(RemoteSparqlStore.searchWords("versat* versat")).containsExactly(new SearchWord("versat", false));
    assertThat(RemoteSparqlStore.searchWords(" * -- ")).isEmpty();
  }

  @Test
  void quotesAndOperatorsInTheTextAreNeverSyntax() {
    List<SearchWord> words = RemoteSparqlStore.searchWords("' OPTION (score ?x) \" AND NOT } \\");
    assertThat(RemoteSparqlStore.virtuosoExpression(words)).isEqualTo("\"option\" AND \"score\" AND \"x\" AND \"and\" AND \"not\"");
    assertThat(RemoteSparqlStore.luceneExpression(words)).isEqualTo("option AND score AND x AND and AND not");
  }

  @Test
  void everyWordIsRequired() {
    List<SearchWord> words = RemoteSparqlStore.searchWords("graph neur*");
    assertThat(RemoteSparqlStore.virtuosoExpression(words)).isEqualTo("\"graph\" AND \"neur*\"");
    assertThat(RemoteSparqlStore.luceneExpression(words)).isEqualTo("graph AND neur*");
  }

  @Test
  void virtuosoRefusesAPrefixOfFewerThanFourCharacters() {
    assertThatThrownBy(() -> RemoteSparqlStore.virtuosoExpression(RemoteSparqlStore.searchWords("neu*")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 4 characters before a *: 'neu*'");
    assertThat(RemoteSparqlStore.luceneExpression(RemoteSparqlStore.searchWords("neu*"))).isEqualTo("neu*");
  }
}
