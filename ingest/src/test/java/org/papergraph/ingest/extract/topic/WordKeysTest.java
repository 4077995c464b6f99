package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordKeysTest {

  @ParameterizedTest
  @CsvSource({
    "graph neural networks, Graph Neural Network",
    "multi-object tracking, multi object tracked",
    "knowledge distillation, Knowledge Distillations",
    "policies, policy",
    "boxes, box",
    "generated images, generating image",
    "learned representations, learning representation",
    // Accents and ligatures fold away: abstracts and labels spell names either way.
    "Naïve Bayes, naive bayes",
    "Schrödinger equation, Schrodinger equation",
    "Erdős–Rényi graphs, Erdos-Renyi graph",
    "ﬁnite element, finite element",
  })
  void foldsPluralAndInflectionTogether(String a, String b) {
    assertThat(WordKeys.key(a)).isEqualTo(WordKeys.key(b));
  }

  @ParameterizedTest
  @CsvSource({"loss, loss", "analysis, analysis", "bus, bus", "string, string", "gas, gas", "3d, 3d"})
  void leavesWordsThatOnlyLookInflectedAlone(String word, String stem) {
    assertThat(WordKeys.stem(word)).isEqualTo(stem);
  }

  @Test
  void keepsNounsInIngThatAreNoFormOfTheirStem() {
    // "meaning shifts" (of words) is no mean shift; "means" still folds to "mean".
    assertThat(WordKeys.key("meaning shifts")).isNotEqualTo(WordKeys.key("mean shift"));
    assertThat(WordKeys.key("meanings")).isEqualTo(WordKeys.key("meaning"));
    assertThat(WordKeys.key("k-means")).isEqualTo(WordKeys.key("k mean"));
  }

  @Test
  void aVerbThatNamesOrGivesARoleIsNoFormOfItsNoun() {
    // "a system called LightMem" is no system call, "a model termed X" no term frequency.
    assertThat(WordKeys.key("system called")).isNotEqualTo(WordKeys.key("system calls"));
    assertThat(WordKeys.key("function called")).isNotEqualTo(WordKeys.key("function calling"));
    assertThat(WordKeys.key("termed frequency")).isNotEqualTo(WordKeys.key("term frequency"));
    // "LLMs serve as evaluators" is no LLM serving.
    assertThat(WordKeys.key("LLMs serve")).isNotEqualTo(WordKeys.key("LLM serving"));
    assertThat(WordKeys.key("LLM serves")).isNotEqualTo(WordKeys.key("LLM serving"));
    // The noun's own forms still meet.
    assertThat(WordKeys.key("LLM served")).isEqualTo(WordKeys.key("LLM serving"));
    assertThat(WordKeys.key("system call")).isEqualTo(WordKeys.key("system calls"));
    assertThat(WordKeys.key("tool calls")).isEqualTo(WordKeys.key("tool calling"));
  }

  @Test
  void aOneSyllableWordKeepsItsFinalEAndItsInflectionsMeetIt() {
    // CSO's "spin" (of electrons) is not the spine of spine surgery; a control plan is no control plane.
    assertThat(WordKeys.key("spine surgery")).isNotEqualTo(WordKeys.key("spin surgery"));
    assertThat(WordKeys.key("control plane")).isNotEqualTo(WordKeys.key("control plan"));
    assertThat(WordKeys.key("stripes")).isNotEqualTo(WordKeys.key("strip"));
    // The inflections of such a word still meet it, as those of longer words meet theirs.
    for (String[] forms : new String[][] {
      {"scale", "scaled", "scaling", "scales"}, {"write", "writing"}, {"store", "stored", "storing"},
      {"share", "shared", "sharing"}, {"drive", "driving"}, {"generate", "generated", "generating"},
    }) {
      for (String form : forms) {
        assertThat(WordKeys.stem(form)).as(form).isEqualTo(WordKeys.stem(forms[0]));
      }
    }
    assertThat(WordKeys.stem("spinning")).isNotEqualTo(WordKeys.stem("spine"));
  }

  @Test
  void foldsBritishSpellingsToAmericanOnes() {
    // British, American; and a final double l, folded in every word so that those still meet their own inflections.
    String[][] meet = {
      {"multi-turn dialogues", "multi-turn dialog"}, {"optimisation", "optimization"}, {"tokenisers", "tokenizer"},
      {"normalised colour histograms", "normalized color histogram"}, {"agent-based modelling", "agent-based modeling"},
      {"labelled data", "labeled data"}, {"analysed behaviours", "analyzed behavior"}, {"brain tumours", "brain tumor"},
      {"data centres", "data center"}, {"installed", "install"}, {"controlled", "control"}
    };
    for (String[] pair : meet) {
      assertThat(WordKeys.key(pair[0])).as(pair[0]).isEqualTo(WordKeys.key(pair[1]));
    }
    // Words that only end like the suffixes stay apart from others.
    assertThat(WordKeys.key("noise")).isNotEqualTo(WordKeys.key("nose"));
    assertThat(WordKeys.key("analyses")).isNotEqualTo(WordKeys.key("analysis"));
  }

  @Test
  void segmentsStopAtClausePunctuationButNotInsideNumbersOrNames() {
    assertThat(WordKeys.segments("We train a network. Learning rates (LR) vary, from 2.5 to 3 in U.S.A"))
        .containsExactly("We train a network", " Learning rates ", "LR", " vary", " from 2.5 to 3 in U.S.A");
  }
}
