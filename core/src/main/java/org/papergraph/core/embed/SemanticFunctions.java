package org.papergraph.core.embed;

import java.util.ArrayList;
import java.util.List;
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
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.FunctionArgumentException;
import org.papergraph.core.store.PropertyFunctionRows;
import org.papergraph.core.vocab.PG;

/**
 * The SPARQL property functions on the paper vectors, in the manner of jena-text's
 * {@code text:query}:
 *
 * <pre>
 * (?paper ?score) pg:similarTo (&lt;paper IRI&gt; 10)     # the 10 papers most like that one
 * (?paper ?score) pg:semanticQuery ("query text" 10)  # the 10 papers nearest the text's meaning
 * </pre>
 *
 * <p>The subject is a variable (the paper) or a list of two (the paper and its score, the cosine
 * similarity, -1..1, higher is closer); the limit is optional (default {@value #DEFAULT_LIMIT},
 * at most {@value #MAX_LIMIT}). The vectors are found in the query's context under
 * {@link #EMBEDDINGS}, where the store that has them puts them.
 */
public final class SemanticFunctions {
  public static final String SIMILAR_TO = PG.similarTo.getURI();
  public static final String SEMANTIC_QUERY = PG.semanticQuery.getURI();
  public static final Symbol EMBEDDINGS = Symbol.create(PG.NS + "embeddings");
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 1000;

  private SemanticFunctions() {}

  /** Makes both functions known to every query in this JVM; calling it again changes nothing. */
  public static synchronized void register() {
    PropertyFunctionRegistry registry = PropertyFunctionRegistry.get();
    if (!registry.isRegistered(SIMILAR_TO)) {
      registry.put(SIMILAR_TO, uri -> new NearestPapers(true));
      registry.put(SEMANTIC_QUERY, uri -> new NearestPapers(false));
    }
  }

  private static final class NearestPapers extends PropertyFunctionEval {
    private final boolean byPaper;

    NearestPapers(boolean byPaper) {
      super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_LIST);
      this.byPaper = byPaper;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      super.build(subject, predicate, object, cxt);
      if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 2)) {
        throw new FunctionArgumentException(name() + ": the subject is ?paper or (?paper ?score)");
      }
    }

    private String name() {
      return byPaper ? "pg:similarTo" : "pg:semanticQuery";
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      List<Node> args = object.getArgList();
      if (args.isEmpty() || args.size() > 2) {
        throw new FunctionArgumentException(name() + ": give (" + (byPaper ? "<paper>" : "\"text\"") + " limit), the limit optional; got " + args.size() + " arguments");
      }
      int limit = limit(args.size() == 2 ? args.get(1) : null);
      if (!(cxt.getContext().get(EMBEDDINGS) instanceof PaperEmbeddings embeddings)) {
        throw new FunctionArgumentException(name() + ": this store keeps no paper vectors");
      }
      Node what = args.get(0);
      List<Neighbour> found;
      if (byPaper) {
        if (!what.isURI()) {
          throw new FunctionArgumentException("pg:similarTo: the first argument must be a paper IRI, not " + what);
        }
        found = embeddings.similar(what.getURI(), limit).orElse(List.of());
      } else {
        if (!what.isLiteral()) {
          throw new FunctionArgumentException("pg:semanticQuery: the first argument must be a string, not " + what);
        }
        found = embeddings.search(what.getLiteralLexicalForm(), limit);
      }
      // ?paper, or (?paper ?score).
      List<Node> targets = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
      List<Binding> rows = new ArrayList<>();
      for (Neighbour n : found) {
        Binding row = PropertyFunctionRows.bindAll(binding, targets,
            List.of(NodeFactory.createURI(n.iri()), NodeValue.makeDouble(n.score()).asNode()));
        if (row != null) {
          rows.add(row);
        }
      }
      return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    private int limit(Node n) {
      if (n == null) {
        return DEFAULT_LIMIT;
      }
      if (n.isLiteral() && n.getLiteralValue() instanceof Number v && v.longValue() >= 1 && v.longValue() <= MAX_LIMIT && v.doubleValue() == v.longValue()) {
        return v.intValue();
      }
      throw new FunctionArgumentException(name() + ": the limit must be an integer from 1 to " + MAX_LIMIT + ", not " + n);
    }
  }

}
