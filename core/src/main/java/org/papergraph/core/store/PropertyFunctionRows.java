package org.papergraph.core.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/** The rows a property function answers with: one per result, joined to the row it was called with. */
public final class PropertyFunctionRows {
  private PropertyFunctionRows() {}

  /**
   * {@code row} with {@code target} bound to {@code value} when it is an unbound variable; the
   * row itself when {@code target} is already {@code value} (a constant, or a variable bound to
   * it); null when it is something else, so that the result does not join.
   */
  public static Binding bind(Binding row, Node target, Node value) {
    if (Var.isVar(target)) {
      Var v = Var.alloc(target);
      Node bound = row.get(v);
      if (bound == null) {
        BindingBuilder b = BindingBuilder.create(row);
        b.add(v, value);
        return b.build();
      }
      return bound.equals(value) ? row : null;
    }
    return target.equals(value) ? row : null;
  }

  /**
   * {@code row} with each of {@code targets} bound to the value at the same place in
   * {@code values} ({@link #bind}), or null when one of them is something else; {@code values}
   * may be longer than {@code targets}, the rest not bound (a result column the query left out).
   */
  public static Binding bindAll(Binding row, List<Node> targets, List<Node> values) {
    Binding out = row;
    for (int i = 0; i < targets.size() && out != null; i++) {
      out = bind(out, targets.get(i), values.get(i));
    }
    return out;
  }
}
