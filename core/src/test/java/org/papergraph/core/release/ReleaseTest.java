package org.papergraph.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreArchive;
import org.papergraph.core.vocab.PG;

/**
 * A release holds the dump without the journal, its VoID and DCAT descriptions with the licence
 * of each source graph and the feed sequence number it is consistent with, and a manifest that
 * sha256sum verifies.
 */
class ReleaseTest {
  static final Iris IRIS = Iris.defaults();

  @TempDir Path dir;

  static Graph turtle(String ttl) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString("PREFIX ex: <http://example.org/> " + ttl, Lang.TURTLE).parse(g);
    return g;
  }

  @Test
  void aReleaseIsTheDumpItsDescriptionsAndAManifestThatVerifies() throws Exception {
    try (GraphStore store = GraphStores.memory()) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(IRIS.referenceGraph("cso"), turtle("ex:topic ex:label \"t\" ."));
      store.replaceGraph(IRIS.referenceGraph("pwc-methods"), turtle("ex:method ex:label \"m\" ."));
      store.replaceGraph("http://example.org/g", turtle("ex:a ex:p 1 ."));

      Release.Result result = new Release(store, IRIS).write(dir, LocalDate.of(2026, 12, 1));
      Path rel = dir.resolve("papergraph-2026-12-01");
      assertThat(result.directory()).isEqualTo(rel);
      assertThat(result.feedSequence()).isEqualTo(3);

      Process check = new ProcessBuilder("sha256sum", "-c", Release.MANIFEST).directory(rel.toFile()).redirectErrorStream(true).start();
      String said = new String(check.getInputStream().readAllBytes());
      assertThat(check.waitFor()).as(said).isZero();
      assertThat(Files.readAllLines(rel.resolve(Release.MANIFEST))).hasSize(3);

      try (GraphStore copy = GraphStores.memory(); InputStream in = Files.newInputStream(rel.resolve(Release.DUMP))) {
        StoreArchive.restore(copy, in, StoreArchive.Format.NQUADS);
        assertThat(copy.listGraphs()).doesNotContain(Iris.FEED_GRAPH).hasSize(3);
      }

      Graph dcat = RDFDataMgr.loadGraph(rel.resolve(Release.DCAT_FILE).toString());
      Node ds = NodeFactory.createURI(IRIS.base() + "release/2026-12-01");
      assertThat(dcat.find(ds, PG.lastSequence.asNode(), null).next().getObject().getLiteralLexicalForm()).isEqualTo("3");
      assertThat(dcat.contains(NodeFactory.createURI(IRIS.referenceGraph("cso")), DCTerms.license.asNode(), NodeFactory.createURI(Release.CC_BY))).isTrue();
      assertThat(dcat.contains(NodeFactory.createURI(IRIS.referenceGraph("pwc-methods")), DCTerms.license.asNode(), NodeFactory.createURI(Release.CC_BY_SA))).isTrue();
      List<Node> distributions = dcat.find(ds, DCAT.distribution.asNode(), null).mapWith(t -> t.getObject()).toList();
      assertThat(distributions).hasSize(2);
      for (Node d : distributions) {
        String name = dcat.find(d, DCTerms.title.asNode(), null).next().getObject().getLiteralLexicalForm();
        long size = Long.parseLong(dcat.find(d, DCAT.byteSize.asNode(), null).next().getObject().getLiteralLexicalForm());
        assertThat(size).as(name).isEqualTo(Files.size(rel.resolve(name)));
        assertThat(dcat.contains(d, DCTerms.license.asNode(), null)).isTrue();
      }

      assertThatThrownBy(() -> new Release(store, IRIS).write(dir, LocalDate.of(2026, 12, 1))).hasMessageContaining("exists already");
    }
  }
}
