package org.papergraph.core.shacl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.papergraph.core.store.GraphStore;

/**
 * Validates every named graph of a store against the SHACL shapes, one graph at a time (a
 * record graph is the unit of ingest and of error reporting, and memory stays bounded by one
 * graph): the entry point of {@code papergraph validate}.
 */
public final class StoreValidator {
  private final GraphStore store;
  private final RecordValidator validator;

  public StoreValidator(GraphStore store, RecordValidator validator) {
    this.store = store;
    this.validator = validator;
  }

  public StoreValidator(GraphStore store) {
    this(store, RecordValidator.standard());
  }

  /** Validates the whole store. */
  public Report validate() {
    List<Violation> violations = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    List<String> names = store.listGraphs();
    for (String name : names) {
      Graph g = store.getGraph(name);
      List<Violation> found = validator.validate(g, name);
      if (!found.isEmpty()) {
        failing.add(name);
        violations.addAll(found);
      }
    }
    return new Report(names.size(), failing, violations);
  }

  /**
   * What a validation of the store found.
   *
   * @param graphsChecked how many named graphs were validated
   * @param failingGraphs the names of the graphs with at least one violation, sorted
   * @param violations every violation, graph by graph
   */
  public record Report(int graphsChecked, List<String> failingGraphs, List<Violation> violations) {
    public Report {
      failingGraphs = Collections.unmodifiableList(new ArrayList<>(failingGraphs));
      violations = Collections.unmodifiableList(new ArrayList<>(violations));
    }

    public boolean conforms() {
      return violations.isEmpty();
    }

    /** A report for people: a summary line, then one line per violation. */
    public String toText() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(
          "%d graphs checked, %d conform, %d with violations (%d violations)%n",
          graphsChecked, graphsChecked - failingGraphs.size(), failingGraphs.size(), violations.size()));
      for (Violation v : violations) {
        sb.append(v.toText()).append(System.lineSeparator());
      }
      return sb.toString();
    }
  }
}
