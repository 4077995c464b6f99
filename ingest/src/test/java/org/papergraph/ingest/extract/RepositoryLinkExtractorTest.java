package org.papergraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways a code link is written (docs/record-format.md) fold into one repository. */
class RepositoryLinkExtractorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "https://github.com/SHI-Labs/Versatile-Diffusion",
    "https://github.com/SHI-Labs/Versatile-Diffusion/",
    "https://github.com/SHI-Labs/Versatile-Diffusion.git",
    "https://github.com/SHI-Labs/Versatile-Diffusion.git/",
    "https://github.com/SHI-Labs/Versatile-Diffusion#readme",
    "https://github.com/SHI-Labs/Versatile-Diffusion/tree/main/x",
    "https://github.com/SHI-Labs/Versatile-Diffusion/blob/master/README.md",
    "https://www.github.com/SHI-Labs/Versatile-Diffusion",
    "http://github.com/SHI-Labs/Versatile-Diffusion",
    "github.com/SHI-Labs/Versatile-Diffusion",
    "HTTPS://GitHub.com/shi-labs/VERSATILE-DIFFUSION",
  })
  void everyFormOfOneGithubLinkIsTheSameRepository(String url) {
    assertThat(RepositoryLinkExtractor.fromUrl(url)).hasValueSatisfying(r -> {
      assertThat(r.host()).isEqualTo("github");
      assertThat(r.url()).isEqualTo("https://github.com/shi-labs/versatile-diffusion");
      assertThat(r.ownerUrl()).isEqualTo("https://github.com/shi-labs");
      assertThat(r).isEqualTo(new RepositoryRef("github", "SHI-Labs", "Versatile-Diffusion"));
    });
  }

  @Test
  void ownerAndNameKeepTheirCaseForDisplay() {
    assertThat(RepositoryLinkExtractor.fromUrl("https://github.com/VITA-Group/M3ViT")).hasValueSatisfying(r -> {
      assertThat(r.owner()).isEqualTo("VITA-Group");
      assertThat(r.name()).isEqualTo("M3ViT");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Code is available at https://github.com/SHI-Labs/Versatile-Diffusion.",
    "Code is available at:\nhttps://github.com/SHI-Labs/Versatile-Diffusion.",
    "Our code: https://github.com/SHI-Labs/Versatile-Diffusion.git.",
    "(see https://github.com/SHI-Labs/Versatile-Diffusion)",
  })
  void sentencePunctuationAfterTheLinkIsNotPartOfIt(String text) {
    assertThat(RepositoryLinkExtractor.fromText(text)).containsExactly(new RepositoryRef("github", "SHI-Labs", "Versatile-Diffusion"));
    assertThat(RepositoryLinkExtractor.fromText(text).iterator().next().name()).isEqualTo("Versatile-Diffusion");
  }

  @Test
  void dotsInsideANameStay() {
    assertThat(RepositoryLinkExtractor.fromUrl("https://github.com/pytorch/pytorch.github.io"))
        .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("pytorch.github.io"));
  }

  @Test
  void gitlabAndBitbucketAreTheirOwnHosts() {
    assertThat(RepositoryLinkExtractor.fromUrl("https://gitlab.com/Inria/Project.git/")).hasValueSatisfying(r -> {
      assertThat(r.host()).isEqualTo("gitlab");
      assertThat(r.url()).isEqualTo("https://gitlab.com/inria/project");
    });
    assertThat(RepositoryLinkExtractor.fromUrl("https://bitbucket.org/Team/Tool/src/master/")).hasValueSatisfying(r -> {
      assertThat(r.host()).isEqualTo("bitbucket");
      assertThat(r.url()).isEqualTo("https://bitbucket.org/team/tool");
    });
    // The same owner and name on two hosts are two repositories.
    assertThat(new RepositoryRef("github", "a", "b")).isNotEqualTo(new RepositoryRef("gitlab", "a", "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://github.com/SHI-Labs",
    "https://github.com/SHI-Labs/",
    "https://github.com/orgs/SHI-Labs/repositories",
    "https://github.com/topics/diffusion",
    "https://github.com/features/actions",
    "https://example.org/SHI-Labs/Versatile-Diffusion",
    "https://notgithub.com/SHI-Labs/Versatile-Diffusion",
    "",
  })
  void linksThatNameNoRepositoryGiveNone(String url) {
    assertThat(RepositoryLinkExtractor.fromUrl(url)).isEmpty();
  }

  @Test
  void aTextGivesEachRepositoryOnceInOrderOfFirstMention() {
    String text = "Code: https://github.com/b/two and https://github.com/a/one; mirror at https://github.com/B/Two.git, "
        + "data at https://gitlab.com/b/two.";
    assertThat(RepositoryLinkExtractor.fromText(text)).containsExactly(
        new RepositoryRef("github", "b", "two"), new RepositoryRef("github", "a", "one"), new RepositoryRef("gitlab", "b", "two"));
    assertThat(RepositoryLinkExtractor.fromText(null)).isEmpty();
  }
}
