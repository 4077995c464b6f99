package org.papergraph.core.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The DOAP terms the graph uses that Jena's {@code org.apache.jena.sparql.vocabulary.DOAP} lacks (it has no repository classes). */
public final class DOAP {
  public static final String NS = Vocabularies.DOAP;

  public static final Resource GitRepository = ResourceFactory.createResource(NS + "GitRepository");

  private DOAP() {}
}
