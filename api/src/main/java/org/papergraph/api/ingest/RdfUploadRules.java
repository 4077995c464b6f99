package org.papergraph.api.ingest;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.ForbiddenException;
import org.papergraph.core.Iris;
import org.papergraph.core.shacl.RecordValidator;
import org.papergraph.core.shacl.Violation;

/**
 * What an RDF upload to {@code POST /api/ingest} may write. The graphs the server keeps itself
 * (reference data, the system graph with the seed marker, the VoID description, ingest-run
 * records) are refused; a record graph ({@code graph/paper/ID}) must describe its paper and pass
 * the same SHACL shapes as a record read from text, so an upload cannot leave a paper without its
 * type, abstract or date. Any other graph is the client's own and is taken as it is.
 */
final class RdfUploadRules {
  private final Iris iris;
  private final RecordValidator validator;

  RdfUploadRules(Iris iris, RecordValidator validator) {
    this.iris = iris;
    this.validator = validator;
  }

  /** Throws 403 for a graph the server keeps, 400 for a record graph that is not a valid record. */
  void check(Map<String, Graph> graphs) {
    for (String name : graphs.keySet()) {
      String kept = keptByTheServer(name);
      if (kept != null) {
        throw new ForbiddenException("graph <" + name + "> is " + kept + ", kept by the server; it is not writable through ingest, and nothing was written");
      }
    }
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      if (iris.isPaperGraph(e.getKey())) {
        checkRecord(e.getKey(), e.getValue());
      }
    }
  }

  private String keptByTheServer(String graph) {
    String base = iris.base();
    if (graph.startsWith(base + "graph/reference/")) {
      return "a reference graph";
    }
    if (graph.equals(iris.systemGraph())) {
      return "the system graph";
    }
    if (graph.equals(iris.voidGraph())) {
      return "the dataset description";
    }
    if (graph.startsWith(iris.ingestRun(""))) {
      return "an ingest-run record";
    }
    return null;
  }

  private void checkRecord(String graphName, Graph graph) {
    String arxivId = iris.arxivIdOf(graphName);
    String paper = iris.paper(arxivId);
    if (!graph.contains(NodeFactory.createURI(paper), RDF.type.asNode(), SchemaDO.ScholarlyArticle.asNode())) {
      throw new BadRequestException("record graph <" + graphName + "> does not describe its paper: it needs <" + paper
          + "> a schema:ScholarlyArticle, with the fields a record has; nothing was written");
    }
    List<Violation> violations = validator.validate(graph, graphName);
    if (!violations.isEmpty()) {
      StringBuilder sb = new StringBuilder("record graph <" + graphName + "> does not conform to the SHACL shapes: ");
      for (int i = 0; i < violations.size(); i++) {
        sb.append(i == 0 ? "" : "; ").append(violations.get(i).toText());
      }
      throw new BadRequestException(sb.append("; nothing was written").toString());
    }
  }
}
