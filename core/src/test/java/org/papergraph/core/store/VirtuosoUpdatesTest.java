package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
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
  void otherOperationsPassUnchanged() {
    UpdateRequest request = new UpdateRequest(new UpdateDrop(Target.create(G), true));
    assertThat(VirtuosoUpdates.requests(request)).hasSize(1);
    assertThat(VirtuosoUpdates.requests(request).get(0).getOperations()).containsExactly(request.getOperations().get(0));
  }
}
