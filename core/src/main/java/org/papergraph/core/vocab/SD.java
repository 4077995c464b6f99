package org.papergraph.core.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description terms the service describes itself with (Jena has no class for them). */
public final class SD {
  public static final String NS = Vocabularies.SD;

  public static final Resource Service = ResourceFactory.createResource(NS + "Service");
  public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
  public static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
  public static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
  public static final Resource SPARQL11Update = ResourceFactory.createResource(NS + "SPARQL11Update");
  public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
  public static final Resource UnionDefaultGraph = ResourceFactory.createResource(NS + "UnionDefaultGraph");
  public static final Property endpoint = ResourceFactory.createProperty(NS + "endpoint");
  public static final Property supportedLanguage = ResourceFactory.createProperty(NS + "supportedLanguage");
  public static final Property resultFormat = ResourceFactory.createProperty(NS + "resultFormat");
  public static final Property feature = ResourceFactory.createProperty(NS + "feature");
  public static final Property defaultEntailmentRegime = ResourceFactory.createProperty(NS + "defaultEntailmentRegime");
  public static final Property defaultDataset = ResourceFactory.createProperty(NS + "defaultDataset");
  public static final Property defaultGraph = ResourceFactory.createProperty(NS + "defaultGraph");

  /** Simple entailment: what a query sees is what is stored. */
  public static final Resource SIMPLE_ENTAILMENT = ResourceFactory.createResource("http://www.w3.org/ns/entailment/Simple");

  private SD() {}
}
