package org.papergraph.api.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Symbol;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.FunctionArgumentException;
import org.papergraph.core.store.PropertyFunctionRows;
import org.papergraph.core.vocab.PG;
import org.springframework.stereotype.Component;

/**
 * The SPARQL property function {@code pg:paperCounts}: papers per topic, venue, repository,
 * owner, year or month, from the counts the read model keeps, where the same aggregate written
 * as a SPARQL {@code GROUP BY} scans every paper (seconds at 350,000 papers, past the query time
 * limit at a few million).
 *
 * <pre>
 * SELECT ?topic ?papers WHERE { (?topic ?papers) pg:paperCounts "topic" } ORDER BY DESC(?papers)
 * </pre>
 *
 * <p>The counts are the REST API's read model's. A query that comes while the model takes in a
 * write waits for it (a second at 350,000 papers), so the counts cover every write made before
 * the query, and the result cache never keeps counts older than the store. On a store whose
 * queries another server answers (a remote store), the function is not available.
 */
@Component
public class PaperCountsFunction {
  /** Where a store's query context keeps the counts for the function. */
  static final Symbol COUNTS = Symbol.create(PG.NS + "paperCounts");
  static final List<String> KINDS = List.of("topic", "venue", "repository", "owner", "year", "month");

  private final PaperIndex index;

  /** The papers per year and per month of one snapshot, counted once for it. */
  private record Periods(PaperIndex.Snapshot of, Map<Node, Long> years, Map<Node, Long> months) {}

  private volatile Periods periods;

  PaperCountsFunction(PaperIndex index, GraphStore store) {
    this.index = index;
    register();
    store.queryContext().ifPresent(c -> c.set(COUNTS, this));
  }

  private static synchronized void register() {
    PropertyFunctionRegistry registry = PropertyFunctionRegistry.get();
    if (!registry.isRegistered(PG.paperCounts.getURI())) {
      registry.put(PG.paperCounts.getURI(), uri -> new Eval());
    }
  }

  /** Papers per entity (an IRI) or period (a literal) of {@code kind}, one of {@link #KINDS}. */
  Map<Node, Long> counts(String kind) {
    index.awaitCurrent();
    PaperIndex.Snapshot snap = index.snapshot();
    Map<String, int[]> postings = snap.postings(kind);
    if (postings != null) {
      Map<Node, Long> out = new HashMap<>(postings.size() * 2);
      postings.forEach((iri, positions) -> out.put(NodeFactory.createURI(iri), (long) positions.length));
      return out;
    }
    Periods p = periods;
    if (p == null || p.of() != snap) {
      p = periods(snap);
      periods = p;
    }
    return kind.equals("year") ? p.years() : p.months();
  }

  private static Periods periods(PaperIndex.Snapshot snap) {
    Map<Integer, Long> years = new HashMap<>();
    Map<Integer, Long> months = new HashMap<>();
    for (PaperIndex.Row r : snap.rows()) {
      years.merge(r.created().getYear(), 1L, Long::sum);
      months.merge(r.created().getYear() * 100 + r.created().getMonthValue(), 1L, Long::sum);
    }
    Map<Node, Long> y = new HashMap<>();
    years.forEach((year, n) -> y.put(NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear), n));
    Map<Node, Long> m = new HashMap<>();
    months.forEach((ym, n) -> m.put(NodeFactory.createLiteralDT(String.format("%04d-%02d", ym / 100, ym % 100), XSDDatatype.XSDgYearMonth), n));
    return new Periods(snap, y, m);
  }

  private static final class Eval extends PropertyFunctionEval {
    Eval() {
      super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_SINGLE);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      super.build(subject, predicate, object, cxt);
      if (subject.getArgListSize() != 2) {
        throw new FunctionArgumentException("pg:paperCounts: the subject is (?entity ?papers), got " + subject.getArgListSize() + " terms");
      }
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      Node kind = object.getArg();
      if (!kind.isLiteral() || !KINDS.contains(kind.getLiteralLexicalForm())) {
        throw new FunctionArgumentException("pg:paperCounts: the object is one of \"" + String.join("\", \"", KINDS) + "\", not " + kind);
      }
      if (!(cxt.getContext().get(COUNTS) instanceof PaperCountsFunction counts)) {
        throw new FunctionArgumentException("pg:paperCounts: this store keeps no paper counts");
      }
      List<Binding> rows = new ArrayList<>();
      counts.counts(kind.getLiteralLexicalForm()).forEach((entity, papers) -> {
        Binding row = PropertyFunctionRows.bind(binding, subject.getArg(0), entity);
        if (row != null) {
          row = PropertyFunctionRows.bind(row, subject.getArg(1), NodeValue.makeInteger(papers).asNode());
        }
        if (row != null) {
          rows.add(row);
        }
      });
      return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }
  }
}
