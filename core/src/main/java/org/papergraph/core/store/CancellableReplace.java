package org.papergraph.core.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REPLACE (and XPath {@code fn:replace}), stopped when its query is cancelled or times
 * out, as {@link CancellableRegex} is for REGEX: the pattern matches over a view of the string that
 * looks at the cancel flag as it is read. The result is Jena's, step for step.
 */
final class CancellableReplace extends E_StrReplace {
  private final Pattern constantPattern;

  CancellableReplace(Expr string, Expr pattern, Expr replacement, Expr flags) {
    super(string, pattern, replacement, flags);
    constantPattern =
        !ARQ.isStrictMode() && pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant() && flags.getConstant().isString())
            ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant())
            : null;
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REPLACE is evaluated only while a query runs");
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    AtomicBoolean cancelled = CancellableRegex.cancelSignal(env);
    if (cancelled == null) {
      throw new ExprEvalException("REPLACE is evaluated only while a query runs");
    }
    NodeValue nvString = args.get(0);
    Pattern pattern = constantPattern != null ? constantPattern : compile(args.get(1), args.size() > 3 ? args.get(3) : null);
    String string = NodeValueOps.checkAndGetStringLiteral("replace", nvString).getLiteralLexicalForm();
    String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
    String result = replaceAll(pattern.matcher(new CancellableRegex.Watched(string, cancelled)), replacement);
    if (result == null || result.equals(string)) {
      return nvString;
    }
    Node node = nvString.asNode();
    return NodeValue.makeNode(NodeFactory.createLiteral(result, node.getLiteralLanguage(), node.getLiteralDatatype()));
  }

  private static Pattern compile(NodeValue pattern, NodeValue flags) {
    String p = NodeValueOps.checkAndGetStringLiteral("replace", pattern).getLiteralLexicalForm();
    String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral("replace", flags).getLiteralLexicalForm();
    return RegexEngine.makePattern("replace", p, f);
  }

  /**
   * Jena's replacement loop (XSDFuncOp): an empty match after the first one is skipped; null when
   * nothing matched.
   */
  private static String replaceAll(Matcher matcher, String replacement) {
    try {
      StringBuilder sb = null;
      while (matcher.find()) {
        if (sb == null) {
          sb = new StringBuilder();
        } else if (matcher.start() == matcher.end()) {
          continue;
        }
        matcher.appendReplacement(sb, replacement);
      }
      if (sb == null) {
        return null;
      }
      matcher.appendTail(sb);
      return sb.toString();
    } catch (IndexOutOfBoundsException e) {
      throw new ExprEvalException("IndexOutOfBounds", e);
    }
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
  }
}
