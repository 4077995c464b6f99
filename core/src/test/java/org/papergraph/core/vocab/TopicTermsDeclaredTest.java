package org.papergraph.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class TopicTermsDeclaredTest {

  @Test
  void everyTopicTermIsDeclaredWithALabelAndAComment() throws Exception {
    Model vocab = ModelFactory.createDefaultModel();
    try (InputStream in = PG.class.getResourceAsStream("papergraph.ttl")) {
      RDFDataMgr.read(vocab, in, Lang.TURTLE);
    }
    List<Resource> terms =
        List.of(PG.TopicAssignment, PG.TopicMethod, PG.CsoSyntacticMatch, PG.CsoBroaderEnhancement, PG.PwcMethodMatch, PG.CuratedTopicMatch, PG.PwcTaskMatch, PG.PrimaryCategoryTopic, PG.topicAssignment, PG.topic, PG.score, PG.method,
            PG.TopicEvidence, PG.evidence, PG.matchedText, PG.textPosition, PG.startOffset, PG.endOffset, PG.TextPosition, PG.TitleText, PG.LeadSentence, PG.BodySentence);
    for (Resource term : terms) {
      assertThat(vocab.contains(term, RDFS.label)).as(term.getURI()).isTrue();
      assertThat(vocab.contains(term, RDFS.comment)).as(term.getURI()).isTrue();
    }
    assertThat(vocab.contains(PG.PwcMethodMatch, org.apache.jena.vocabulary.RDF.type, PG.TopicMethod)).isTrue();
    assertThat(vocab.contains(PG.PwcTaskMatch, org.apache.jena.vocabulary.RDF.type, PG.TopicMethod)).isTrue();
    assertThat(vocab.contains(PG.PrimaryCategoryTopic, org.apache.jena.vocabulary.RDF.type, PG.TopicMethod)).isTrue();
    for (Resource position : List.of(PG.TitleText, PG.LeadSentence, PG.BodySentence)) {
      assertThat(vocab.contains(position, org.apache.jena.vocabulary.RDF.type, PG.TextPosition)).as(position.getURI()).isTrue();
    }
  }
}
