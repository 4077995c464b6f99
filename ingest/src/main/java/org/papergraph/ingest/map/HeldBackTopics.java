package org.papergraph.ingest.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.embed.HeldBackMatches;
import org.papergraph.ingest.extract.topic.TopicAssignment;
import org.papergraph.ingest.extract.topic.TopicTagger;

/**
 * The matches the ingest's tagger holds back from a paper's topics ({@link TopicTagger#heldBack}),
 * each with the triples the mapper would have written for it, for the topic check to admit. The
 * tagger reads the paper's title, abstract and categories again, as stored: nothing of them is
 * kept at ingest for a check that may never run.
 */
public final class HeldBackTopics implements HeldBackMatches {
  private final Iris iris;
  private final TopicTagger tagger;
  private final String categoryPrefix;

  public HeldBackTopics(Iris iris, TopicTagger tagger) {
    this.iris = iris;
    this.tagger = tagger;
    this.categoryPrefix = iris.arxivCategory("");
  }

  @Override
  public List<Match> of(String paper, String title, String abstractText, List<String> categories) {
    List<String> codes = new ArrayList<>();
    for (String c : categories) {
      if (c.startsWith(categoryPrefix)) {
        codes.add(c.substring(categoryPrefix.length()));
      }
    }
    Node node = NodeFactory.createURI(paper);
    List<Match> out = new ArrayList<>();
    for (TopicAssignment a : tagger.heldBack(title, abstractText, codes)) {
      Graph triples = GraphFactory.createDefaultGraph();
      TopicMapper.emitAssignment(iris, node, a, StreamRDFLib.graph(triples));
      out.add(new Match(NodeFactory.createURI(iris.topic(a.slug())), a.score(), TopicMapper.assignmentNode(node, a.slug()), triples.find().toList()));
    }
    return out;
  }
}
