package org.papergraph.ingest.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexAccentsTest {
  @Test
  void symbolAccentsInEveryBracing() {
    assertThat(TexAccents.decode("B\\'ezier splatting, Fr\\'echet Inception Distance")).isEqualTo("Bézier splatting, Fréchet Inception Distance");
    assertThat(TexAccents.decode("Schr\\\"odinger bridges, f\\\"ur die Medizin")).isEqualTo("Schrödinger bridges, für die Medizin");
    assertThat(TexAccents.decode("27{\\`e}me Rencontre des {\\'E}tudiants")).isEqualTo("27ème Rencontre des Étudiants");
    assertThat(TexAccents.decode("Mah\\={a}n\\={a}ma, Do\\~nana, Karhunen-Lo\\`eve")).isEqualTo("Mahānāma, Doñana, Karhunen-Loève");
    assertThat(TexAccents.decode("{\\'{e}}t{\\'e} \\'{E}cole")).isEqualTo("été École");
  }

  @Test
  void accentsOnADotlessIAreOnAnI() {
    assertThat(TexAccents.decode("na\\\"{\\i}ve, Ingenier\\'{\\i}a, Ingenier\\'ia")).isEqualTo("naïve, Ingeniería, Ingeniería");
  }

  @Test
  void letterAccentsNeedBracesOrASpace() {
    assertThat(TexAccents.decode("Toma\\v{s}ev, Fran{\\c c}ois, s\\u{a} fii, Erd\\H{o}s")).isEqualTo("Tomašev, François, să fii, Erdős");
    // \cdot, \vec and \copyright are not accents on their first letter.
    assertThat(TexAccents.decode("$a\\cdot b$, $\\vec{v}$, \\copyright")).isEqualTo("$a\\cdot b$, $\\vec{v}$, \\copyright");
  }

  @Test
  void namedLettersOnlyWhenNoLetterFollows() {
    assertThat(TexAccents.decode("Bj{\\o}ntegaard, Ume{\\aa}, Stra{\\ss}e, {\\L}ukasiewicz, Ris\\o{} and \\AE sir"))
        .isEqualTo("Bjøntegaard, Umeå, Straße, Łukasiewicz, Risø and Æ sir");
    assertThat(TexAccents.decode("$\\omega$ and $\\leq$ and \\label")).isEqualTo("$\\omega$ and $\\leq$ and \\label");
  }

  @Test
  void brokenCommandsStayAsTheyAre() {
    // A lost \rho and \beta, and an accent on a digit, are not accents to read.
    assertThat(TexAccents.decode("(\\r{ho} = 0.34), \\b{eta}-chain, \\^{2}")).isEqualTo("(\\r{ho} = 0.34), \\b{eta}-chain, \\^{2}");
    // No language dots a small i: an escaped full stop, kept as it is.
    assertThat(TexAccents.decode("SoBigData\\.it and \\.{z}ywiec")).isEqualTo("SoBigData\\.it and żywiec");
  }

  @Test
  void anEscapedApostropheBeforeAPossessiveIsAnApostrophe() {
    assertThat(TexAccents.decode("the MLLM\\'s language and GPT-4o\\'s content")).isEqualTo("the MLLM's language and GPT-4o's content");
    assertThat(TexAccents.decode("\\'s at the start")).isEqualTo("ś at the start");
  }

  @Test
  void textWithoutABackslashIsReturnedAsIs() {
    String s = "Accepted at CVPR 2025";
    assertThat(TexAccents.decode(s)).isSameAs(s);
    assertThat(TexAccents.decode(null)).isNull();
  }
}
