package org.papergraph.core.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The FRBR-aligned Bibliographic Ontology (FaBiO) terms the graph uses; Jena has no class for it. */
public final class FABIO {
  public static final String NS = Vocabularies.FABIO;

  public static final Resource Preprint = ResourceFactory.createResource(NS + "Preprint");
  public static final Property hasArXivId = ResourceFactory.createProperty(NS + "hasArXivId");

  private FABIO() {}
}
