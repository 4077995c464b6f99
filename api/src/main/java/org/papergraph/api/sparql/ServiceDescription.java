package org.papergraph.api.sparql;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.api.config.FeedProperties;
import org.papergraph.api.config.WriteAccessProperties;
import org.papergraph.core.Software;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.SD;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The SPARQL 1.1 Service Description of /sparql, in the sd: vocabulary. */
@Component
class ServiceDescription {
  /** The formats results are served in, by the W3C's IRIs for them. */
  private static final List<Resource> RESULT_FORMATS =
      Stream.of(
          "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
          "http://www.w3.org/ns/formats/SPARQL_Results_XML",
          "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
          "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
          "http://www.w3.org/ns/formats/Turtle",
          "http://www.w3.org/ns/formats/N-Triples",
          "http://www.w3.org/ns/formats/JSON-LD",
          "http://www.w3.org/ns/formats/RDF_XML",
          "http://www.w3.org/ns/formats/TriG",
          "http://www.w3.org/ns/formats/N-Quads")
          .map(ResourceFactory::createResource)
          .toList();

  private static final Map<String, String> FUNCTION_USAGE = Map.of(
      "similarTo", "(?paper ?score) pg:similarTo (<paper> 10): the papers most like <paper> by their title-and-abstract vectors, with the cosine similarity; see /ns",
      "semanticQuery", "(?paper ?score) pg:semanticQuery (\"query text\" 10): the papers nearest the meaning of the text, with the cosine similarity; see /ns",
      "paperCounts", "(?entity ?papers) pg:paperCounts \"topic\": papers per topic, venue, repository, owner, year or month, and (?a ?b ?papers) per pair of"
          + " them (\"venue-topic\"), from maintained counts; see /ns");

  private final WriteAccessProperties writeAccess;
  private final FeedProperties feed;

  ServiceDescription(WriteAccessProperties writeAccess, FeedProperties feed) {
    this.writeAccess = writeAccess;
    this.feed = feed;
  }

  /** The description of the service reached at {@code endpoint}. */
  Graph describe(String endpoint) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocabularies.prefixes());
    Resource service = m.createResource();
    service.addProperty(RDF.type, SD.Service);
    service.addProperty(SD.endpoint, m.createResource(endpoint));
    service.addProperty(SD.supportedLanguage, SD.SPARQL11Query);
    if (writeAccess.writesEnabled()) {
      service.addProperty(SD.supportedLanguage, SD.SPARQL11Update);
    }
    for (Resource format : RESULT_FORMATS) {
      service.addProperty(SD.resultFormat, format);
    }
    service.addProperty(SD.feature, SD.UnionDefaultGraph);
    // The property functions, declared in the vocabulary at /ns.
    for (Resource function : List.of(PG.similarTo, PG.semanticQuery, PG.paperCounts)) {
      Resource f = m.createResource(function.getURI())
          .addProperty(RDF.type, SD.Feature)
          .addProperty(RDF.type, PG.PropertyFunction)
          .addProperty(RDFS.isDefinedBy, m.createResource(PG.NS.substring(0, PG.NS.length() - 1)));
      f.addProperty(RDFS.comment, FUNCTION_USAGE.get(function.getLocalName()));
      service.addProperty(SD.feature, f);
    }
    service.addProperty(SD.defaultEntailmentRegime, SD.SIMPLE_ENTAILMENT);
    Resource dataset = m.createResource().addProperty(RDF.type, SD.Dataset);
    dataset.addProperty(SD.defaultGraph, m.createResource().addProperty(RDF.type, SD.Graph));
    service.addProperty(SD.defaultDataset, dataset);
    String voidUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/.well-known/void").toUriString();
    dataset.addProperty(RDFS.seeAlso, m.createResource(voidUrl));
    dataset.addProperty(RDFS.seeAlso, m.createResource(ServletUriComponentsBuilder.fromCurrentContextPath().path("/changes").toUriString()));
    feed.latestReleaseUrl().ifPresent(r -> dataset.addProperty(RDFS.seeAlso, m.createResource(r)));
    service.addProperty(DCTerms.title, "Papergraph SPARQL endpoint");
    service.addProperty(DCTerms.hasVersion, Software.version());
    return m.getGraph();
  }
}
