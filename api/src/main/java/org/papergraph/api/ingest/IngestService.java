package org.papergraph.api.ingest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.core.shacl.RecordValidator;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.run.IngestReport;
import org.papergraph.ingest.run.IngestPipeline;
import org.springframework.stereotype.Service;

/** Ingests one input into the store, with the reference graphs in place first. */
@Service
public class IngestService {
  private final GraphStore store;
  private final IngestPipeline pipeline;
  private final RdfUploadRules uploadRules;

  IngestService(GraphStore store, IngestPipeline pipeline) {
    this.store = store;
    this.pipeline = pipeline;
    this.uploadRules = new RdfUploadRules(pipeline.iris(), RecordValidator.standard());
  }

  /**
   * Reads {@code in} as {@code format} and writes every good record.
   *
   * @param name the input's name, as it should appear in the report and the provenance
   * @param progress hears the report as it grows, after every batch
   */
  public IngestReport ingest(BufferedReader in, String name, RecordFormat format, Consumer<IngestReport> progress) {
    return pipeline.ingest(in, name, format, progress);
  }

  /** What an RDF upload wrote: each graph with its size and whether it replaced one. */
  public record RdfReport(List<GraphWritten> graphs, long triples) {
    public record GraphWritten(String graph, long triples, boolean replaced) {}
  }

  /**
   * Parses an RDF document and replaces each named graph it holds, all in one transaction, once
   * every graph has passed {@link RdfUploadRules}: nothing is written when one fails.
   * Triples outside any named graph go to {@code defaultGraph}; when that is null, a document
   * with such triples is refused, since an ingest names the graphs it writes.
   */
  public RdfReport ingestRdf(InputStream in, Lang lang, String defaultGraph) {
    DatasetGraph parsed = DatasetGraphFactory.createGeneral();
    try {
      // Bad input is the client's mistake: it goes back in the 400, not into the server log.
      RDFParser.source(in).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(parsed);
    } catch (RiotException e) {
      throw new BadRequestException("the " + lang.getName() + " body does not parse: " + e.getMessage());
    }
    Map<String, Graph> graphs = new LinkedHashMap<>();
    Iterator<Node> names = parsed.listGraphNodes();
    while (names.hasNext()) {
      Node n = names.next();
      if (!n.isURI()) {
        throw new BadRequestException("graph name " + n + " is not an IRI");
      }
      graphs.put(n.getURI(), parsed.getGraph(n));
    }
    Graph unnamed = parsed.getDefaultGraph();
    if (!unnamed.isEmpty()) {
      if (defaultGraph == null) {
        throw new BadRequestException(unnamed.size() + " triples are outside any named graph; say which graph they go to with the 'graph' parameter");
      }
      Graph target = graphs.computeIfAbsent(defaultGraph, g -> GraphFactory.createDefaultGraph());
      unnamed.find().forEach(target::add);
    }
    if (graphs.isEmpty()) {
      throw new BadRequestException("the body holds no triples");
    }
    uploadRules.check(graphs);
    Set<String> replaced = store.replaceGraphs(graphs);
    List<RdfReport.GraphWritten> written = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      written.add(new RdfReport.GraphWritten(e.getKey(), e.getValue().size(), replaced.contains(e.getKey())));
      total += e.getValue().size();
    }
    return new RdfReport(written, total);
  }
}
