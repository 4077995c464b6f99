package org.papergraph.api.index;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * SELECT ?venue ?topic ?papers WHERE { (?venue ?topic ?papers) pg:paperCounts "venue-topic" }
 * </pre>
 *
 * <p>A pair of kinds, {@code "A-B"}, counts the papers per entity of kind A (topic, venue,
 * repository or owner) and entity or period of kind B (any other kind): venues by topic, labs by
 * topic, topics by year.
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
  /** The kinds a pair may start with: what papers point at, whose postings the snapshot keeps. */
  static final List<String> ENTITY_KINDS = List.of("topic", "venue", "repository", "owner");

  private final PaperIndex index;

  /** The papers per year and per month of one snapshot, counted once for it. */
  private record Periods(PaperIndex.Snapshot of, Map<Node, Long> years, Map<Node, Long> months) {}

  private volatile Periods periods;

  /**
   * The papers per pair of one pair kind, counted once per snapshot; weakly, so that the counts of
   * a kind not asked for since do not keep an old snapshot in memory.
   */
  private record Pairs(WeakReference<PaperIndex.Snapshot> of, Map<List<Node>, Long> counts) {}

  private final Map<String, Pairs> pairs = new ConcurrentHashMap<>();

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

  /** True for a pair kind, {@code "A-B"}: A one of {@link #ENTITY_KINDS}, B another of {@link #KINDS}. */
  static boolean isPair(String kind) {
    int dash = kind.indexOf('-');
    if (dash < 0) {
      return false;
    }
    String first = kind.substring(0, dash);
    String second = kind.substring(dash + 1);
    return ENTITY_KINDS.contains(first) && KINDS.contains(second) && !first.equals(second);
  }

  /**
   * Papers per pair of pair kind {@code kind} ({@link #isPair}), each paper counted once per pair:
   * a walk over the first kind's postings, a cost that follows the papers that have one, not the
   * store. Kept for the snapshot it was counted from.
   */
  Map<List<Node>, Long> pairCounts(String kind) {
    index.awaitCurrent();
    PaperIndex.Snapshot snap = index.snapshot();
    Pairs kept = pairs.get(kind);
    if (kept != null && kept.of().get() == snap) {
      return kept.counts();
    }
    String second = kind.substring(kind.indexOf('-') + 1);
    Map<List<Node>, Long> out = new HashMap<>();
    snap.postings(kind.substring(0, kind.indexOf('-'))).forEach((entity, positions) -> {
      Node a = NodeFactory.createURI(entity);
      for (int position : positions) {
        for (Node b : values(snap.rows().get(position), second)) {
          out.merge(List.of(a, b), 1L, Long::sum);
        }
      }
    });
    pairs.put(kind, new Pairs(new WeakReference<>(snap), out));
    return out;
  }

  /** What row {@code r} has of {@code kind}, each once. */
  private static List<Node> values(PaperIndex.Row r, String kind) {
    return switch (kind) {
      case "topic" -> r.topics().stream().map(t -> NodeFactory.createURI(t.iri())).distinct().toList();
      case "venue" -> r.venues().stream().map(v -> NodeFactory.createURI(v.series())).distinct().toList();
      case "repository" -> r.repositories().stream().map(NodeFactory::createURI).toList();
      case "owner" -> r.owners().stream().map(NodeFactory::createURI).toList();
      case "year" -> List.of(YEARS.computeIfAbsent(r.created().getYear(), PaperCountsFunction::year));
      default -> List.of(MONTHS.computeIfAbsent(r.created().getYear() * 100 + r.created().getMonthValue(), ym -> month(ym / 100, ym % 100)));
    };
  }

  /**
   * The literals of the years and months (yyyymm) seen, made once each: a pair with a period walks
   * every paper of the first kind, a million at 350,000 papers.
   */
  private static final Map<Integer, Node> YEARS = new ConcurrentHashMap<>();
  private static final Map<Integer, Node> MONTHS = new ConcurrentHashMap<>();

  private static Node year(int year) {
    return NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear);
  }

  private static Node month(int year, int month) {
    return NodeFactory.createLiteralDT(String.format("%04d-%02d", year, month), XSDDatatype.XSDgYearMonth);
  }

  private static Periods periods(PaperIndex.Snapshot snap) {
    Map<Integer, Long> years = new HashMap<>();
    Map<Integer, Long> months = new HashMap<>();
    for (PaperIndex.Row r : snap.rows()) {
      years.merge(r.created().getYear(), 1L, Long::sum);
      months.merge(r.created().getYear() * 100 + r.created().getMonthValue(), 1L, Long::sum);
    }
    Map<Node, Long> y = new HashMap<>();
    years.forEach((year, n) -> y.put(year(year), n));
    Map<Node, Long> m = new HashMap<>();
    months.forEach((ym, n) -> m.put(month(ym / 100, ym % 100), n));
    return new Periods(snap, y, m);
  }

  private static final class Eval extends PropertyFunctionEval {
    Eval() {
      super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_SINGLE);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      super.build(subject, predicate, object, cxt);
      if (subject.getArgListSize() != 2 && subject.getArgListSize() != 3) {
        throw new FunctionArgumentException("pg:paperCounts: the subject is (?entity ?papers), or (?entity ?other ?papers) for a pair"
            + " of kinds, got " + subject.getArgListSize() + " terms");
      }
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      Node kind = object.getArg();
      String k = kind.isLiteral() ? kind.getLiteralLexicalForm() : "";
      boolean pair = isPair(k);
      if (!pair && !KINDS.contains(k)) {
        throw new FunctionArgumentException("pg:paperCounts: the object is one of \"" + String.join("\", \"", KINDS)
            + "\", or a pair \"A-B\" of them whose A is one of \"" + String.join("\", \"", ENTITY_KINDS) + "\" (\"venue-topic\"), not " + kind);
      }
      int terms = pair ? 3 : 2;
      if (subject.getArgListSize() != terms) {
        throw new FunctionArgumentException("pg:paperCounts: the subject of \"" + k + "\" is "
            + (pair ? "(?entity ?other ?papers)" : "(?entity ?papers)") + ", got " + subject.getArgListSize() + " terms");
      }
      if (!(cxt.getContext().get(COUNTS) instanceof PaperCountsFunction counts)) {
        throw new FunctionArgumentException("pg:paperCounts: this store keeps no paper counts");
      }
      List<Binding> rows = new ArrayList<>();
      if (pair) {
        counts.pairCounts(k).forEach((entities, papers) -> add(rows, binding, subject, entities, papers));
      } else {
        counts.counts(k).forEach((entity, papers) -> add(rows, binding, subject, List.of(entity), papers));
      }
      return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /** Adds the row binding the subject's terms to {@code entities} and then {@code papers}, where it joins. */
    private static void add(List<Binding> rows, Binding binding, PropFuncArg subject, List<Node> entities, long papers) {
      List<Node> values = new ArrayList<>(entities);
      values.add(NodeValue.makeInteger(papers).asNode());
      Binding row = PropertyFunctionRows.bindAll(binding, subject.getArgList(), values);
      if (row != null) {
        rows.add(row);
      }
    }
  }
}
