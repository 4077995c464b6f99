package org.papergraph.core.store;

import java.util.Collection;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/** Binds a query variable to a set of IRIs with a VALUES block, built as syntax, not as text. */
public final class GraphValues {
  private GraphValues() {}

  /**
   * A copy of {@code query} whose pattern starts with {@code VALUES ?var { <iri> ... }}.
   *
   * @param query a query whose pattern is a group, as every parsed query's is
   */
  public static Query restrict(Query query, String var, Collection<String> iris) {
    Var v = Var.alloc(var);
    ElementData values = new ElementData();
    values.add(v);
    for (String iri : iris) {
      values.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
    }
    Query copy = query.cloneQuery();
    ElementGroup where = new ElementGroup();
    where.addElement(values);
    ((ElementGroup) copy.getQueryPattern()).getElements().forEach(where::addElement);
    copy.setQueryPattern(where);
    return copy;
  }
}
