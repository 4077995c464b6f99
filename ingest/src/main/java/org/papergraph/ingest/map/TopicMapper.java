package org.papergraph.ingest.map;

import static org.papergraph.ingest.map.RdfOut.emit;
import static org.papergraph.ingest.map.RdfOut.literal;
import static org.papergraph.ingest.map.RdfOut.uri;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.PG;
import org.apache.jena.rdf.model.Resource;
import org.papergraph.ingest.extract.topic.TopicAssignment;
import org.papergraph.ingest.extract.topic.TopicEvidence;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.record.PaperRecord;

/**
 * The topic triples of a record's graph: {@code dcterms:subject} for each topic, and a qualified
 * {@code pg:TopicAssignment} node {@code {paper}#topic-{slug}} with its score, method and
 * evidence: a {@code pg:TopicEvidence} node {@code {paper}#evidence-{slug}-{n}} for each mention
 * the assignment keeps, with the matched words, their position and their offsets.
 */
final class TopicMapper {
  private final Iris iris;
  private final TopicTagger tagger;

  TopicMapper(Iris iris, TopicTagger tagger) {
    this.iris = iris;
    this.tagger = tagger;
  }

  /** Tags the record and emits its topic triples about {@code paper}. */
  void map(PaperRecord r, Node paper, StreamRDF out) {
    emitTopics(paper, tagger.tag(r.title(), r.abstractText(), r.categories()), out);
  }

  private void emitTopics(Node paper, List<TopicAssignment> topics, StreamRDF out) {
    for (TopicAssignment a : topics) {
      emitAssignment(iris, paper, a, out);
    }
  }

  /** The assignment node of topic {@code slug} on {@code paper}. */
  static Node assignmentNode(Node paper, String slug) {
    return uri(paper.getURI() + "#topic-" + slug);
  }

  /** The triples of one assignment: the subject link, the qualified assignment and its evidence. */
  static void emitAssignment(Iris iris, Node paper, TopicAssignment a, StreamRDF out) {
    Node topic = uri(iris.topic(a.slug()));
    Node node = assignmentNode(paper, a.slug());
    emit(out, paper, DCTerms.subject.asNode(), topic);
    emit(out, paper, PG.topicAssignment.asNode(), node);
    emit(out, node, RDF.type.asNode(), PG.TopicAssignment.asNode());
    emit(out, node, PG.topic.asNode(), topic);
    String score = BigDecimal.valueOf(a.score()).stripTrailingZeros().toPlainString();
    emit(out, node, PG.score.asNode(), NodeFactory.createLiteralDT(score, XSDDatatype.XSDdecimal));
    emit(out, node, PG.method.asNode(), a.method().individual().asNode());
    int n = 0;
    for (TopicEvidence e : a.evidence()) {
      Node ev = uri(paper.getURI() + "#evidence-" + a.slug() + "-" + ++n);
      emit(out, node, PG.evidence.asNode(), ev);
      emit(out, ev, RDF.type.asNode(), PG.TopicEvidence.asNode());
      emit(out, ev, PG.matchedText.asNode(), literal(e.text()));
      emit(out, ev, PG.textPosition.asNode(), position(e.sentence()).asNode());
      if (e.start() >= 0) {
        emit(out, ev, PG.startOffset.asNode(), NodeFactory.createLiteralDT(Integer.toString(e.start()), XSDDatatype.XSDinteger));
        emit(out, ev, PG.endOffset.asNode(), NodeFactory.createLiteralDT(Integer.toString(e.end()), XSDDatatype.XSDinteger));
      }
    }
  }

  private static Resource position(TopicEvidence.Sentence sentence) {
    return switch (sentence) {
      case TITLE -> PG.TitleText;
      case LEAD -> PG.LeadSentence;
      case BODY -> PG.BodySentence;
    };
  }
}
