package org.papergraph.core.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PRISM basic terms the graph uses; Jena has no class for it. */
public final class PRISM {
  public static final String NS = Vocabularies.PRISM;

  public static final Property doi = ResourceFactory.createProperty(NS + "doi");

  private PRISM() {}
}
