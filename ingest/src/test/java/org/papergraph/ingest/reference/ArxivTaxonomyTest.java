package org.papergraph.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;

class ArxivTaxonomyTest {
  final Iris iris = Iris.defaults();

  @Test
  void everyConceptOfTheTaxonomyWithItsBroaderConcept() {
    try (GraphStore store = GraphStores.memory()) {
      ReferenceGraphs refs = new ReferenceGraphs(SeedFiles.directory(Path.of("../seeds")), iris);
      assertThat(refs.ensureLoaded(store)).containsExactly(iris.referenceGraph("arxiv-taxonomy"));
      assertThat(refs.ensureLoaded(store)).as("loaded once").isEmpty();
      Graph g = store.getGraph(iris.referenceGraph("arxiv-taxonomy"));
      Node concept = NodeFactory.createURI(Vocabularies.SKOS + "Concept");
      assertThat(g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), concept).toList()).hasSize(174);
      Node lg = NodeFactory.createURI(iris.arxivCategory("cs.LG"));
      assertThat(g.contains(lg, NodeFactory.createURI(Vocabularies.SKOS + "broader"), NodeFactory.createURI(iris.arxivCategory("cs")))).isTrue();
      assertThat(g.contains(lg, NodeFactory.createURI(Vocabularies.SKOS + "prefLabel"), NodeFactory.createLiteralLang("Machine Learning", "en"))).isTrue();
    }
  }

  @Test
  void aShortRowIsAnErrorNamingItsLine() {
    Graph g = GraphFactory.createDefaultGraph();
    BufferedReader tsv = new BufferedReader(new StringReader("# comment\ncs\tComputer Science\n"));
    assertThatThrownBy(() -> ArxivTaxonomy.write(iris, tsv, StreamRDFLib.graph(g)))
        .hasMessage("arXiv taxonomy line 2: 2 columns, expected at least 7");
  }
}
