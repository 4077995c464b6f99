package org.papergraph.api.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.api.web.ForbiddenException;

/**
 * Refuses SERVICE in queries and updates and LOAD in updates before anything runs: both make the
 * server fetch a URL the client chose (server-side request forgery). Jena's own switch
 * ({@code ARQ.httpServiceAllowed}) is off as well; this check gives a clear answer up front and
 * does not depend on how the store is configured.
 */
final class RemoteAccessCheck {
  private RemoteAccessCheck() {}

  static void check(Query query) {
    checkOp(Algebra.compile(query));
  }

  static void check(UpdateRequest request) {
    for (Update op : request.getOperations()) {
      if (op instanceof UpdateLoad load) {
        throw new ForbiddenException("LOAD is not allowed here: the server does not fetch remote data (" + load.getSource() + ")");
      }
      if (op instanceof UpdateModify modify) {
        checkElement(modify.getWherePattern());
      }
    }
  }

  private static void checkElement(Element element) {
    if (element != null) {
      checkOp(Algebra.compile(element));
    }
  }

  // The walker descends into EXISTS and NOT EXISTS wherever it meets an expression, and into
  // sub-queries, but not into the expressions of ORDER BY (nor of a top-N sort) and of aggregates:
  // those are walked here.
  private static void checkOp(Op op) {
    Walker.walk(op, new ServiceFinder(), new ExprVisitorBase());
  }

  private static final class ServiceFinder extends OpVisitorBase {
    private final ExprVisitorBase exprs = new ExprVisitorBase();

    @Override
    public void visit(OpService service) {
      throw new ForbiddenException("SERVICE is not allowed here: the server does not query other endpoints (" + service.getService() + ")");
    }

    @Override
    public void visit(OpOrder order) {
      order.getConditions().forEach(c -> Walker.walk(c.getExpression(), this, exprs));
    }

    @Override
    public void visit(OpTopN top) {
      top.getConditions().forEach(c -> Walker.walk(c.getExpression(), this, exprs));
    }

    @Override
    public void visit(OpGroup group) {
      for (ExprAggregator aggregate : group.getAggregators()) {
        ExprList args = aggregate.getAggregator().getExprList();
        if (args != null) {
          Walker.walk(args, this, exprs);
        }
      }
    }
  }
}
