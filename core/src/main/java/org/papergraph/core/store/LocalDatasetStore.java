package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;

/** A store over a transactional Jena dataset in this process: TDB2 on disk or in memory. */
final class LocalDatasetStore implements GraphStore {
  private final DatasetGraph dsg;
  private final Dataset dataset;
  private final StoreKind kind;

  LocalDatasetStore(DatasetGraph dsg, StoreKind kind) {
    this.dsg = dsg;
    this.kind = kind;
    // Queries see the union of the record graphs; nothing is written to the default graph.
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    this.dataset = DatasetFactory.wrap(dsg);
  }

  @Override
  public StoreKind kind() {
    return kind;
  }

  /** The underlying dataset, for callers in this package that need Jena directly. */
  DatasetGraph datasetGraph() {
    return dsg;
  }

  @Override
  public Set<String> replaceGraphs(Map<String, Graph> graphs) {
    Set<String> existed = new HashSet<>();
    Txn.executeWrite(
        dsg,
        () -> {
          for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            Node g = NodeFactory.createURI(e.getKey());
            if (dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
              existed.add(e.getKey());
              dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            e.getValue().find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
          }
        });
    return existed;
  }

  @Override
  public Set<String> deleteGraphs(Collection<String> graphNames) {
    Set<String> existed = new HashSet<>();
    Txn.executeWrite(
        dsg,
        () -> {
          for (String name : graphNames) {
            Node g = NodeFactory.createURI(name);
            if (dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
              existed.add(name);
              dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
          }
        });
    return existed;
  }

  @Override
  public boolean containsGraph(String graphName) {
    Node g = NodeFactory.createURI(graphName);
    return Txn.calculateRead(dsg, () -> dsg.contains(g, Node.ANY, Node.ANY, Node.ANY));
  }

  @Override
  public List<String> listGraphs() {
    return Txn.calculateRead(
        dsg,
        () -> {
          List<String> names = new ArrayList<>();
          Iterator<Node> it = dsg.listGraphNodes();
          while (it.hasNext()) {
            Node n = it.next();
            if (n.isURI()) {
              names.add(n.getURI());
            }
          }
          names.sort(null);
          return names;
        });
  }

  @Override
  public Graph getGraph(String graphName) {
    Node g = NodeFactory.createURI(graphName);
    return Txn.calculateRead(
        dsg,
        () -> {
          Graph copy = GraphFactory.createDefaultGraph();
          dsg.getGraph(g).find().forEach(copy::add);
          return copy;
        });
  }

  @Override
  public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> handler) {
    return Txn.calculateRead(
        dsg,
        () -> {
          var builder = datasetFor(query);
          if (timeoutMillis > 0) {
            builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
          }
          try (QueryExecution qe = builder.build()) {
            return handler.apply(qe);
          }
        });
  }

  // FROM and FROM NAMED (and the protocol's default-graph-uri and named-graph-uri, which the api
  // puts there) select graphs of this store; the query then runs over that view instead of the
  // union default graph. Without them it runs over the whole store.
  private QueryExecutionDatasetBuilder datasetFor(Query query) {
    if (!query.hasDatasetDescription()) {
      return QueryExecution.dataset(dataset).query(query);
    }
    DatasetGraph view = DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dsg, false);
    Query withoutFrom = query.cloneQuery();
    withoutFrom.getGraphURIs().clear();
    withoutFrom.getNamedGraphURIs().clear();
    return QueryExecution.dataset(DatasetFactory.wrap(view)).query(withoutFrom);
  }

  @Override
  public void update(UpdateRequest update) {
    Txn.executeWrite(dsg, () -> UpdateExecution.dataset(dataset).update(update).execute());
  }

  @Override
  public long size() {
    return Txn.calculateRead(
        dsg,
        () -> {
          long n = 0;
          var it = dsg.find();
          while (it.hasNext()) {
            it.next();
            n++;
          }
          return n;
        });
  }

  @Override
  public void close() {
    // Expel rather than close: TDB2 caches open databases per location, and a later open of the
    // same directory in this JVM must get a fresh, working connection.
    TDBInternal.expel(dsg);
  }
}
