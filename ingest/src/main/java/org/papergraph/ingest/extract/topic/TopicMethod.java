package org.papergraph.ingest.extract.topic;

import org.apache.jena.rdf.model.Resource;
import org.papergraph.core.vocab.PG;

/** How a topic assignment was made; each is a declared {@code pg:TopicMethod} individual. */
public enum TopicMethod {
  /** A CSO label (or a synonym's) occurs in the text, or the text names the topic in other words (a task's verb and object, a phrase of {@code topic-cues.txt}). */
  CSO_SYNTACTIC(PG.CsoSyntacticMatch),
  /** A direct broader topic of a matched topic. */
  CSO_BROADER(PG.CsoBroaderEnhancement),
  /** A Papers with Code method or collection name occurs in the text. */
  PWC_METHOD(PG.PwcMethodMatch),
  /** A Papers with Code task name (or its acronym) occurs in the text, or the text names the task in other words (its verb and object, a phrase of {@code topic-cues.txt}). */
  PWC_TASK(PG.PwcTaskMatch),
  /** A label or acronym of Papergraph's own vocabulary of current topics occurs in the text, or the text names the topic in other words (a task's verb and object, a phrase of {@code topic-cues.txt}). */
  CURATED_MATCH(PG.CuratedTopicMatch),
  /** The paper's primary arXiv category ({@link ArxivTopics}): outside computing always, elsewhere where the title and abstract name no topic. */
  PRIMARY_CATEGORY(PG.PrimaryCategoryTopic);

  private final Resource individual;

  TopicMethod(Resource individual) {
    this.individual = individual;
  }

  public Resource individual() {
    return individual;
  }
}
