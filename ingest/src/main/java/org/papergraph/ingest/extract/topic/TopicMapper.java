package org.papergraph.ingest.extract.topic;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.record.PaperRecord;

/**
 * The topic triples of a record's graph: {@code dcterms:subject} for each topic, and a qualified
 * {@code pg:TopicAssignment} node {@code {paper}#topic-{slug}} with its score and method.
 */
public final class TopicMapper {
  private final Iris iris;
  private final TopicTagger tagger;

  public TopicMapper(Iris iris, TopicTagger tagger) {
    this.iris = iris;
    this.tagger = tagger;
  }

  /** Tags the record and emits its topic triples about {@code paper}. */
  public void map(PaperRecord r, Node paper, StreamRDF out) {
    emit(paper, tagger.tag(r.title(), r.abstractText()), out);
  }

  void emit(Node paper, List<TopicAssignment> topics, StreamRDF out) {
    for (TopicAssignment a : topics) {
      Node topic = NodeFactory.createURI(iris.topic(a.slug()));
      Node node = NodeFactory.createURI(paper.getURI() + "#topic-" + a.slug());
      out.triple(Triple.create(paper, NodeFactory.createURI(Vocabularies.DCTERMS + "subject"), topic));
      out.triple(Triple.create(paper, PG.topicAssignment.asNode(), node));
      out.triple(Triple.create(node, RDF.type.asNode(), PG.TopicAssignment.asNode()));
      out.triple(Triple.create(node, PG.topic.asNode(), topic));
      String score = BigDecimal.valueOf(a.score()).stripTrailingZeros().toPlainString();
      out.triple(Triple.create(node, PG.score.asNode(), NodeFactory.createLiteralDT(score, XSDDatatype.XSDdecimal)));
      out.triple(Triple.create(node, PG.method.asNode(), a.method().individual().asNode()));
    }
  }
}
