package org.papergraph.core.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Bibliographic Ontology (BIBO) terms the graph uses; Jena has no class for it. */
public final class BIBO {
  public static final String NS = Vocabularies.BIBO;

  public static final Resource Journal = ResourceFactory.createResource(NS + "Journal");
  public static final Resource Conference = ResourceFactory.createResource(NS + "Conference");
  public static final Resource Workshop = ResourceFactory.createResource(NS + "Workshop");
  public static final Property presentedAt = ResourceFactory.createProperty(NS + "presentedAt");
  public static final Property authorList = ResourceFactory.createProperty(NS + "authorList");
  public static final Property issn = ResourceFactory.createProperty(NS + "issn");

  private BIBO() {}
}
