package org.papergraph.core.shacl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.core.vocab.Vocabularies;

/**
 * Validates one graph against Papergraph's SHACL shapes (paper, topic, venue, repository,
 * provenance), which are kept as data in {@code papergraph-shapes.ttl}.
 *
 * <p>Thread-safe: the parsed shapes are immutable.
 */
public final class RecordValidator {
  /** The classpath resource holding the shapes. */
  public static final String SHAPES_RESOURCE = "/org/papergraph/core/shacl/papergraph-shapes.ttl";

  private final Shapes shapes;

  public RecordValidator(Graph shapesGraph) {
    this.shapes = Shapes.parse(shapesGraph);
  }

  /** A validator over the project's own shapes. */
  public static RecordValidator standard() {
    return new RecordValidator(shapesGraph());
  }

  /** A fresh copy of the project's shapes as a graph. */
  public static Graph shapesGraph() {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = RecordValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the SHACL shapes are missing from the classpath: " + SHAPES_RESOURCE);
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  /**
   * The violations in {@code data}; empty when it conforms.
   *
   * @param graphName the name the graph has or will have in the store, for the report (may be
   *     null)
   */
  public List<Violation> validate(Graph data, String graphName) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    PrefixMap prefixes = PrefixMapFactory.create(Vocabularies.prefixes());
    List<Violation> out = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      if (!Severity.Violation.equals(e.severity())) {
        continue;
      }
      out.add(
          new Violation(
              graphName,
              NodeFmtLib.str(e.focusNode(), prefixes),
              e.resultPath() == null ? null : e.resultPath().toString(new Prologue(Vocabularies.prefixes())),
              e.value() == null ? null : NodeFmtLib.str(e.value(), prefixes),
              e.message()));
    }
    return out;
  }
}
