package org.papergraph.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.ingest.extract.topic.TopicConcept;
import org.papergraph.ingest.extract.topic.TopicScheme;

/**
 * The compact form of the reference data reads back as exactly what parsing the sources gave:
 * the same schemes and concepts in the same order, the same venue series, the same bytes when
 * written again, and the same reference graphs in a store.
 */
class ReferenceDataTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static ReferenceData parsed;
  private static byte[] compact;

  @BeforeAll
  static void parseSources() throws IOException {
    parsed = ReferenceData.parse(SEEDS);
    compact = compact(parsed);
  }

  @Test
  void readsBackTheSchemesAndTheRegistryAsParsed() throws IOException {
    ReferenceData read = ReferenceData.readCompact(new ByteArrayInputStream(compact), "test");

    List<TopicScheme> before = parsed.topics().schemes();
    List<TopicScheme> after = read.topics().schemes();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      TopicScheme b = before.get(i);
      TopicScheme a = after.get(i);
      assertThat(List.of(a.name(), a.title(), a.licence(), a.source(), a.credit()))
          .isEqualTo(List.of(b.name(), b.title(), b.licence(), b.source(), b.credit()));
      assertThat(List.<TopicConcept>copyOf(a.concepts())).as(b.name()).isEqualTo(List.copyOf(b.concepts()));
    }
    assertThat(parsed.topics().cso().size()).isGreaterThan(10_000);
    assertThat(read.venues().series()).isEqualTo(parsed.venues().series()).hasSizeGreaterThan(500);
    // What the registry holds beside its series (preferred acronyms, title-only journals,
    // edition ordinals) is written too: a second round gives the same bytes.
    assertThat(compact(read)).isEqualTo(compact);
  }

  @Test
  void givesTheSameReferenceGraphsAsTheSources() throws IOException {
    ReferenceData read = ReferenceData.readCompact(new ByteArrayInputStream(compact), "test");
    try (GraphStore fromSources = GraphStores.memory(); GraphStore fromCompact = GraphStores.memory()) {
      List<String> names = referenceGraphs(parsed).ensureLoaded(fromSources);
      assertThat(referenceGraphs(read).ensureLoaded(fromCompact)).isEqualTo(names).hasSize(7);
      for (String name : names) {
        Graph expected = fromSources.getGraph(name);
        assertThat(expected.size()).as(name).isPositive();
        assertThat(fromCompact.getGraph(name).isIsomorphicWith(expected)).as(name).isTrue();
      }
    }
  }

  @Test
  void refusesAFileOfAnotherKind() {
    byte[] text = "ccf_rank\tabbr\tfull_name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReferenceData.readCompact(new ByteArrayInputStream(text), "classpath:x.bin"))
        .isInstanceOf(IOException.class)
        .hasMessage("classpath:x.bin: not Papergraph's compact reference data");
  }

  @Test
  void refusesAnotherFormatVersion() {
    byte[] other = compact.clone();
    ByteBuffer.wrap(other).putInt(4, ReferenceData.FORMAT + 1);
    assertThatThrownBy(() -> ReferenceData.readCompact(new ByteArrayInputStream(other), "x.bin"))
        .hasMessageContaining("x.bin: written in format " + (ReferenceData.FORMAT + 1))
        .hasMessageContaining("rebuild the jar");
  }

  @Test
  void refusesAFileCutShort() {
    byte[] cut = Arrays.copyOf(compact, compact.length / 2);
    assertThatThrownBy(() -> ReferenceData.readCompact(new ByteArrayInputStream(cut), "x.bin")).hasMessage("x.bin: cut short");
  }

  @Test
  void refusesTrailingBytes() {
    byte[] longer = Arrays.copyOf(compact, compact.length + 1);
    assertThatThrownBy(() -> ReferenceData.readCompact(new ByteArrayInputStream(longer), "x.bin"))
        .hasMessageContaining("x.bin: corrupt data");
  }

  private static ReferenceGraphs referenceGraphs(ReferenceData data) {
    return new ReferenceGraphs(SeedFiles.directory(SEEDS), Iris.defaults()).withVenues(data.venues()).withTopics(data.topics());
  }

  private static byte[] compact(ReferenceData data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    data.writeCompact(out);
    return out.toByteArray();
  }
}
