package org.papergraph.api.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.config.FeedProperties;
import org.papergraph.api.config.LinkedDataProperties;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStores;
import org.springframework.util.unit.DataSize;

/** /.well-known/void on a local store: the numbers every write keeps, equal to a full count. */
class VoidDescriptionTest {
  private final Iris iris = Iris.defaults();
  private final AnnouncingStore store = AnnouncingStore.of(GraphStores.memory());
  private final DescriptionRefresher refresher =
      new DescriptionRefresher(store, iris, new StoreChanges(store, Duration.ZERO), new LinkedDataProperties(2000, true));
  private final VoidDescription description = new VoidDescription(store, iris,
      new SparqlProperties(Duration.ofSeconds(30), Duration.ofSeconds(60), DataSize.ofMegabytes(10), DataSize.ofMegabytes(1), 1000), refresher,
      new FeedProperties(100, "https://example.org/releases/papergraph-2026-12-01/dcat.ttl"));

  @AfterEach
  void close() {
    refresher.destroy();
    store.close();
  }

  @Test
  void theNumbersServedAreAFullCountAfterEveryKindOfWrite() {
    assertThat(refresher.maintainedByStore()).isTrue();
    Node paper = NodeFactory.createURI(iris.paper("2301.00001"));
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(paper, RDF.type.asNode(), SchemaDO.ScholarlyArticle.asNode()));
    g.add(Triple.create(paper, SchemaDO.sameAs.asNode(), NodeFactory.createURI("https://arxiv.org/abs/2301.00001")));
    store.replaceGraph(iris.paperGraph("2301.00001"), g);
    assertServedEqualsFullCount();
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + iris.paperGraph("2301.00002") + "> { <" + iris.paper("2301.00002")
        + "> a <https://schema.org/ScholarlyArticle> ; <http://purl.org/dc/terms/title> \"t\" } }"));
    assertServedEqualsFullCount();
    store.deleteGraphs(Set.of(iris.paperGraph("2301.00001")));
    assertServedEqualsFullCount();
  }

  @Test
  void linksTheFeedAndTheLatestReleaseWhenOneIsConfigured() {
    Graph served = description.describe("http://localhost:8080/");
    Node dataset = NodeFactory.createURI(iris.base() + "dataset");
    assertThat(served.contains(dataset, RDFS.seeAlso.asNode(), NodeFactory.createURI("http://localhost:8080/changes"))).isTrue();
    assertThat(served.contains(dataset, NodeFactory.createURI(VoidDescription.DCAT_CURRENT_VERSION),
        NodeFactory.createURI("https://example.org/releases/papergraph-2026-12-01/dcat.ttl"))).isTrue();
  }

  private void assertServedEqualsFullCount() {
    Node served = NodeFactory.createURI(iris.base() + "dataset");
    Node counted = NodeFactory.createURI(iris.voidDataset());
    assertThat(numbers(description.describe("http://localhost:8080/"), served))
        .as("/.well-known/void against a full count")
        .matches(n -> n.isIsomorphicWith(numbers(new DatasetDescription(store, iris).describe(), counted)));
  }

  /** The counts, partitions and link sets said of {@code dataset}, with it renamed to one node. */
  private static Graph numbers(Graph description, Node dataset) {
    Set<Node> header = Set.of(RDF.type.asNode(), DCTerms.title.asNode(), DCTerms.description.asNode(), DCTerms.modified.asNode(),
        VOID.sparqlEndpoint.asNode(), VOID.uriSpace.asNode(), VOID.feature.asNode(), VOID.vocabulary.asNode(),
        VOID.exampleResource.asNode(), VOID.subjectsTarget.asNode(), RDFS.seeAlso.asNode(),
        NodeFactory.createURI(VoidDescription.DCAT_CURRENT_VERSION));
    Node same = NodeFactory.createURI("urn:x:dataset");
    Graph out = GraphFactory.createDefaultGraph();
    description.find().forEach(t -> {
      if (t.getSubject().equals(dataset) && header.contains(t.getPredicate()) || t.getPredicate().equals(VOID.subjectsTarget.asNode())) {
        return;
      }
      if (t.getPredicate().getURI().equals("https://w3id.org/papergraph/ns#statisticsVersion")) {
        return;
      }
      out.add(Triple.create(t.getSubject().equals(dataset) ? same : t.getSubject(), t.getPredicate(), t.getObject()));
    });
    return out;
  }
}
