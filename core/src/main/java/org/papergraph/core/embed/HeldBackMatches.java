package org.papergraph.core.embed;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The topic matches a tagger held back from a paper's topics for too little salience, which the
 * topic check may admit ({@link TopicCheck#admit}): the tagger that made the paper's topics is
 * the one that knows them, so the ingest supplies them; the check, which reads the paper's
 * meaning, decides.
 */
public interface HeldBackMatches {
  /** None: the check only removes. */
  HeldBackMatches NONE = (paper, title, abstractText, categories) -> List.of();

  /**
   * The matches held back from the topics of {@code paper}, given its stored title and abstract
   * (either may be null) and the IRIs of its arXiv categories, primary first.
   */
  List<Match> of(String paper, String title, String abstractText, List<String> categories);

  /**
   * One held-back match: its topic, the tagger's score, its assignment node and the triples that
   * assign it as the ingest writes an assignment (the subject link, the qualified assignment and
   * its evidence), written into the paper's record graph when the check admits it.
   */
  record Match(Node topic, double score, Node assignment, List<Triple> triples) {}
}
