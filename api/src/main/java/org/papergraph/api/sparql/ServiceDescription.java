package org.papergraph.api.sparql;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.api.config.WriteAccessProperties;
import org.papergraph.core.Software;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The SPARQL 1.1 Service Description of /sparql, in the sd: vocabulary. */
@Component
class ServiceDescription {
  private static final String FORMATS = "http://www.w3.org/ns/formats/";
  private static final List<String> RESULT_FORMATS =
      List.of(
          "SPARQL_Results_JSON",
          "SPARQL_Results_XML",
          "SPARQL_Results_CSV",
          "SPARQL_Results_TSV",
          "Turtle",
          "N-Triples",
          "JSON-LD",
          "RDF_XML",
          "TriG",
          "N-Quads");

  private final WriteAccessProperties writeAccess;

  ServiceDescription(WriteAccessProperties writeAccess) {
    this.writeAccess = writeAccess;
  }

  /** The description of the service reached at {@code endpoint}. */
  Graph describe(String endpoint) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocabularies.prefixes());
    String sd = Vocabularies.SD;
    Resource service = m.createResource();
    service.addProperty(RDF.type, m.createResource(sd + "Service"));
    service.addProperty(m.createProperty(sd, "endpoint"), m.createResource(endpoint));
    service.addProperty(m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query"));
    if (writeAccess.writesEnabled()) {
      service.addProperty(m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Update"));
    }
    for (String format : RESULT_FORMATS) {
      service.addProperty(m.createProperty(sd, "resultFormat"), m.createResource(FORMATS + format));
    }
    service.addProperty(m.createProperty(sd, "feature"), m.createResource(sd + "UnionDefaultGraph"));
    service.addProperty(
        m.createProperty(sd, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"));
    Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(sd + "Dataset"));
    dataset.addProperty(m.createProperty(sd, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(sd + "Graph")));
    service.addProperty(m.createProperty(sd, "defaultDataset"), dataset);
    String voidUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/.well-known/void").toUriString();
    dataset.addProperty(RDFS.seeAlso, m.createResource(voidUrl));
    dataset.addProperty(RDFS.seeAlso, m.createResource(ServletUriComponentsBuilder.fromCurrentContextPath().path("/changes").toUriString()));
    service.addProperty(DCTerms.title, "Papergraph SPARQL endpoint");
    service.addProperty(DCTerms.hasVersion, Software.version());
    return m.getGraph();
  }
}
