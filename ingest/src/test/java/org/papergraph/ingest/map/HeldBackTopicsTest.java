package org.papergraph.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.embed.HeldBackMatches;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicTagger;

/** The matches the ingest's tagger holds back, as the topic check gets them: with the triples of an assignment. */
class HeldBackTopicsTest {
  private static final Iris IRIS = new Iris("http://example.org/");
  private static final String PAPER = "http://example.org/id/paper/1";
  private static final String TEXT = "We propose a new voice conversion method for noisy rooms. It is trained with data augmentation on two corpora.";

  @Test
  void aHeldBackMatchComesWithTheTriplesTheMapperWritesForAnAssignment() throws Exception {
    HeldBackTopics heldBack = new HeldBackTopics(IRIS, new TopicTagger(TopicReference.load(Path.of("..", "seeds"))));

    List<HeldBackMatches.Match> matches = heldBack.of(PAPER, null, TEXT, List.of(IRIS.arxivCategory("cs.SD")));

    HeldBackMatches.Match m = matches.stream().filter(x -> x.topic().getURI().equals(IRIS.topic("data-augmentation"))).findFirst().orElseThrow();
    assertThat(m.score()).isEqualTo(0.55);
    assertThat(m.assignment().getURI()).isEqualTo(PAPER + "#topic-data-augmentation");
    Graph got = GraphFactory.createDefaultGraph();
    m.triples().forEach(got::add);
    int start = TEXT.indexOf("data augmentation");
    Graph expected = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader("""
        @prefix pg: <https://w3id.org/papergraph/ns#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        <%1$s> dcterms:subject <http://example.org/id/topic/data-augmentation> ; pg:topicAssignment <%1$s#topic-data-augmentation> .
        <%1$s#topic-data-augmentation> a pg:TopicAssignment ; pg:topic <http://example.org/id/topic/data-augmentation> ;
            pg:score 0.55 ; pg:method pg:CsoSyntacticMatch ; pg:evidence <%1$s#evidence-data-augmentation-1> .
        <%1$s#evidence-data-augmentation-1> a pg:TopicEvidence ; pg:matchedText "data augmentation" ; pg:textPosition pg:BodySentence ;
            pg:startOffset %2$d ; pg:endOffset %3$d .
        """.formatted(PAPER, start, start + "data augmentation".length()))).lang(Lang.TURTLE).parse(expected);
    assertThat(got.isIsomorphicWith(expected)).as("%s", got).isTrue();

    assertThat(heldBack.of(PAPER, null, TEXT, List.of(IRIS.arxivCategory("physics.optics")))).as("a paper outside computing").isEmpty();
  }
}
