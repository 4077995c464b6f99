package org.papergraph.core.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's REGEX, stopped when its query is cancelled or times out. Jena checks the query's
 * cancel flag between rows, but a backtracking pattern such as {@code (.*a){12}$} can spend
 * minutes inside one row. This REGEX matches over a view of the string that checks the flag
 * every few thousand characters read, so a cancelled query stops within moments wherever it is.
 *
 * <p>It is put in place of every REGEX and XPath {@code fn:matches}, and {@link CancellableReplace}
 * in place of every REPLACE and {@code fn:replace}, by the query planner of a dataset, before
 * Jena's own optimiser runs; outside a query execution (constant folding at planning) they decline
 * to run, so that nothing matches without a way to stop it.
 */
final class CancellableRegex extends E_Regex {
  private static final int CHECK_EVERY = 4096;
  private final Pattern constantPattern;

  private CancellableRegex(Expr string, Expr pattern, Expr flags) {
    super(string, pattern, flags);
    constantPattern =
        !ARQ.isStrictMode() && pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant())
            ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant())
            : null;
  }

  /** Makes every query planned over {@code context} use this REGEX. */
  static void install(Context context) {
    RewriteFactory standard = Optimize.getFactory();
    context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> op -> standard.create(cxt).rewrite(replaceIn(op)));
  }

  /** {@code op} with every function that matches a pattern replaced by one that can be stopped. */
  static Op replaceIn(Op op) {
    return Transformer.transform(
        new TransformCopy(),
        new ExprTransformCopy() {
          @Override
          public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex) || isXPath(func, "matches", args, 2)) {
              return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func instanceof E_StrReplace && !(func instanceof CancellableReplace) || isXPath(func, "replace", args, 3)) {
              return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            return super.transform(func, args);
          }
        },
        op);
  }

  /**
   * True for a call of the XPath function {@code fn:name} with {@code minArgs} arguments or one
   * more (its flags); other arities are left to Jena, which refuses them.
   */
  private static boolean isXPath(ExprFunctionN func, String name, ExprList args, int minArgs) {
    return func instanceof E_Function f
        && (ARQConstants.fnPrefix + name).equals(f.getFunctionIRI())
        && (args.size() == minArgs || args.size() == minArgs + 1);
  }

  /** The cancel flag of the query evaluating a function, or null outside a query execution. */
  static AtomicBoolean cancelSignal(FunctionEnv env) {
    return env instanceof ExecutionContext ec ? ec.getCancelSignal() : Context.getCancelSignal(env.getContext());
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REGEX is evaluated only while a query runs");
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Node string = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
    Pattern pattern = constantPattern != null ? constantPattern : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
    AtomicBoolean cancelled = cancelSignal(env);
    if (cancelled == null) {
      throw new ExprEvalException("REGEX is evaluated only while a query runs");
    }
    return NodeValue.booleanReturn(pattern.matcher(new Watched(string.getLiteralLexicalForm(), cancelled)).find());
  }

  private static Pattern compile(NodeValue pattern, NodeValue flags) {
    // Jena's own checks of the pattern and the flags, with its error messages.
    E_Regex.makeRegexEngine(pattern, flags);
    return RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
  }

  /** The string, read by the matcher, with a look at the cancel flag every so often. */
  static final class Watched implements CharSequence {
    private final String s;
    private final AtomicBoolean cancelled;
    private int reads;

    Watched(String s, AtomicBoolean cancelled) {
      this.s = s;
      this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
      if (++reads >= CHECK_EVERY) {
        reads = 0;
        if (cancelled.get()) {
          throw new QueryCancelledException();
        }
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Watched(s.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
