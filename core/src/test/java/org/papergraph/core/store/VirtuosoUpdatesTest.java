package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

class VirtuosoUpdatesTest {
  static final Node G = NodeFactory.createURI("http://example.org/graph/1");
  static final Node P = NodeFactory.createURI("http://example.org/p");

  @Test
  void dataGoesInBlocksAndBlankNodesInOneTemplateAfterThem() {
    QuadDataAcc data = new QuadDataAcc();
    for (int i = 0; i < 2_500; i++) {
      data.addQuad(Quad.create(G, NodeFactory.createURI("http://example.org/s" + i), P, NodeFactory.createLiteralString("v" + i)));
    }
    Node b = NodeFactory.createBlankNode();
    data.addQuad(Quad.create(G, NodeFactory.createURI("http://example.org/a"), P, b));
    data.addQuad(Quad.create(G, b, P, NodeFactory.createLiteralString("line 3")));
    UpdateRequest request = new UpdateRequest(new UpdateDrop(Target.create(G), true)).add(new UpdateDataInsert(data));

    List<Update> ops = VirtuosoUpdates.adapt(request).getOperations();

    assertThat(ops).hasSize(5);
    assertThat(ops.get(0)).isInstanceOf(UpdateDrop.class);
    assertThat(ops.subList(1, 4)).allMatch(UpdateDataInsert.class::isInstance);
    assertThat(ops.subList(1, 4).stream().mapToInt(u -> ((UpdateDataInsert) u).getQuads().size()))
        .containsExactly(1_000, 1_000, 500);
    UpdateModify template = (UpdateModify) ops.get(4);
    assertThat(template.getInsertQuads()).hasSize(2);
    // One template for both, so the blank node stays one node.
    assertThat(template.getInsertQuads().get(0).getObject()).isEqualTo(template.getInsertQuads().get(1).getSubject());
    assertThat(new UpdateRequest(template).toString()).contains("WHERE");
  }

  @Test
  void aLargeRequestIsSentAsSeveralInOrder() {
    String abstractText = "x".repeat(1_000);
    QuadDataAcc data = new QuadDataAcc();
    for (int i = 0; i < 5_000; i++) {
      data.addQuad(Quad.create(G, NodeFactory.createURI("http://example.org/s" + i), P, NodeFactory.createLiteralString(abstractText)));
    }
    UpdateRequest request = new UpdateRequest(new UpdateDrop(Target.create(G), true)).add(new UpdateDataInsert(data));

    List<UpdateRequest> requests = VirtuosoUpdates.requests(request);

    assertThat(requests).hasSizeGreaterThan(1);
    assertThat(requests.get(0).getOperations().get(0)).isInstanceOf(UpdateDrop.class);
    assertThat(requests.stream().mapToInt(r -> r.toString().length()).max().getAsInt())
        .isLessThan((int) VirtuosoUpdates.REQUEST_CHARS + 200_000);
    assertThat(requests.stream().flatMap(r -> r.getOperations().stream())
        .filter(UpdateDataInsert.class::isInstance)
        .mapToInt(u -> ((UpdateDataInsert) u).getQuads().size()).sum()).isEqualTo(5_000);
  }

  @Test
  void blankNodesOfTwoGraphsGoInATemplateEach() {
    Node g2 = NodeFactory.createURI("http://example.org/graph/2");
    QuadDataAcc data = new QuadDataAcc();
    data.addQuad(Quad.create(G, NodeFactory.createBlankNode(), P, NodeFactory.createLiteralString("a")));
    data.addQuad(Quad.create(g2, NodeFactory.createBlankNode(), P, NodeFactory.createLiteralString("b")));

    List<Update> ops = VirtuosoUpdates.adapt(new UpdateRequest(new UpdateDataInsert(data))).getOperations();

    assertThat(ops).hasSize(2).allMatch(UpdateModify.class::isInstance);
    assertThat(ops).extracting(u -> ((UpdateModify) u).getInsertQuads().get(0).getGraph()).containsExactly(G, g2);
  }

  @Test
  void replacedGraphsAreDeletedByOneOperationThenWrittenInSharedBlocks() {
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      Graph content = GraphFactory.createDefaultGraph();
      for (int j = 0; j < 60; j++) {
        content.add(NodeFactory.createURI("http://example.org/s" + i), P, NodeFactory.createLiteralString("v" + j));
      }
      Node b = NodeFactory.createBlankNode();
      content.add(NodeFactory.createURI("http://example.org/s" + i), P, b);
      graphs.put(NodeFactory.createURI("http://example.org/graph/r" + i), content);
    }
    graphs.put(NodeFactory.createURI("http://example.org/graph/gone"), Graph.emptyGraph);

    List<UpdateRequest> requests = VirtuosoUpdates.replaceGraphs(graphs);

    assertThat(requests).hasSize(1);
    List<Update> ops = requests.get(0).getOperations();
    UpdateModify delete = (UpdateModify) ops.get(0);
    assertThat(delete.getInsertQuads()).isEmpty();
    assertThat(new UpdateRequest(delete).toString())
        .contains("VALUES ?g", "<http://example.org/graph/r0>", "<http://example.org/graph/r29>", "<http://example.org/graph/gone>");
    // 1,800 triples without blank nodes in two blocks across graphs, then a template per graph.
    assertThat(ops.subList(1, 3)).allMatch(UpdateDataInsert.class::isInstance);
    assertThat(ops.subList(1, 3).stream().mapToInt(u -> ((UpdateDataInsert) u).getQuads().size())).containsExactly(1_000, 800);
    assertThat(ops.subList(3, ops.size())).hasSize(30).allMatch(u -> ((UpdateModify) u).getInsertQuads().size() == 1);
  }

  @Test
  void aLargeReplacementIsSentInRequestsOfWholeGraphsEachWithItsDelete() {
    String abstractText = "x".repeat(1_000);
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      Graph content = GraphFactory.createDefaultGraph();
      for (int j = 0; j < 50; j++) {
        content.add(NodeFactory.createURI("http://example.org/s" + j), P, NodeFactory.createLiteralString(abstractText + j));
      }
      graphs.put(NodeFactory.createURI("http://example.org/graph/r" + i), content);
    }

    List<UpdateRequest> requests = VirtuosoUpdates.replaceGraphs(graphs);

    assertThat(requests).hasSizeGreaterThan(1);
    int graphsWritten = 0;
    for (UpdateRequest r : requests) {
      assertThat(r.toString().length()).isLessThan((int) VirtuosoUpdates.REQUEST_CHARS + 200_000);
      assertThat(r.getOperations().get(0)).isInstanceOf(UpdateModify.class);
      var written = r.getOperations().stream().skip(1)
          .flatMap(u -> ((UpdateDataInsert) u).getQuads().stream()).map(Quad::getGraph).distinct().toList();
      // Every graph written in a request is deleted by that request, and is whole there.
      written.forEach(g -> assertThat(new UpdateRequest(r.getOperations().get(0)).toString()).contains(g.getURI()));
      assertThat(r.getOperations().stream().skip(1).mapToInt(u -> ((UpdateDataInsert) u).getQuads().size()).sum())
          .isEqualTo(written.size() * 50);
      graphsWritten += written.size();
    }
    assertThat(graphsWritten).isEqualTo(100);
  }

  @Test
  void otherOperationsPassUnchanged() {
    UpdateRequest request = new UpdateRequest(new UpdateDrop(Target.create(G), true));
    assertThat(VirtuosoUpdates.requests(request)).hasSize(1);
    assertThat(VirtuosoUpdates.requests(request).get(0).getOperations()).containsExactly(request.getOperations().get(0));
  }
}
