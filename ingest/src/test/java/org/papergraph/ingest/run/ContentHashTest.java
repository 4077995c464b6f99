package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;
import org.papergraph.ingest.record.ReadResult;

/**
 * The content hash stores already hold must not change: each line is what
 * {@link NodeFmtLib#str(Triple)} writes, and the hash is the one computed from those lines.
 */
class ContentHashTest {
  private static final Node S = NodeFactory.createURI("http://localhost:8080/id/paper/2211.00001");
  private static final Node P = NodeFactory.createURI("http://purl.org/dc/terms/abstract");

  /** The hash as it was first defined: NodeFmtLib's lines, sorted, SHA-256. */
  private static String reference(Graph g) throws Exception {
    List<String> lines = new ArrayList<>();
    g.find().forEach(t -> lines.add(NodeFmtLib.str(t)));
    lines.sort(null);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String line : lines) {
      md.update(line.getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static String line(Triple t) {
    StringBuilder sb = new StringBuilder();
    ContentHash.appendLine(sb, t);
    return sb.toString();
  }

  private static List<Node> objects() {
    List<Node> out = new ArrayList<>();
    for (char c = 0; c < 0x400; c++) {
      out.add(NodeFactory.createLiteralString("a" + c + "b"));
      out.add(NodeFactory.createLiteralLang(c + "x", "en"));
      out.add(NodeFactory.createURI("http://example.org/a" + c + "b"));
    }
    for (String s : new String[] {"", "\u2028", "\u0085", "\uFEFF", "\uFFFE", "\uD83D\uDE00", "\uD83D", "\uDE00x", "é", "\"quoted\" \\back\\slash\r\n\t\f\b",
        "$\\alpha$ and \\emph{x}"}) {
      out.add(NodeFactory.createLiteralString(s));
      out.add(NodeFactory.createURI("http://example.org/" + s));
    }
    for (String lang : new String[] {"en", "en-GB", "EN-gb", "de-CH-1996", "zh-Hant-TW"}) {
      out.add(NodeFactory.createLiteralLang("Grüße \"hi\"", lang));
    }
    String[][] typed = {
      {"42", "integer"}, {"-0", "integer"}, {"+7", "integer"}, {"4 2", "integer"}, {"1.50", "decimal"}, {".5", "decimal"},
      {"1e3", "double"}, {"NaN", "double"}, {"true", "boolean"}, {"TRUE", "boolean"}, {"2022-11-01", "date"},
      {"2022-11-01T10:00:00Z", "dateTime"}, {"2022", "gYear"}, {"x\"y", "anyURI"}, {"a", "string"}, {"3", "int"}, {"0.5", "float"}
    };
    for (String[] t : typed) {
      out.add(NodeFactory.createLiteralDT(t[0], TypeMapper.getInstance().getSafeTypeByName(XSDDatatype.XSD + "#" + t[1])));
    }
    out.add(NodeFactory.createLiteralDT("x", TypeMapper.getInstance().getSafeTypeByName("http://example.org/type")));
    out.add(NodeFactory.createBlankNode("b0"));
    return out;
  }

  @Test
  void everyLineIsWhatNodeFmtLibWrites() {
    for (Node o : objects()) {
      Triple t = Triple.create(S, P, o);
      assertThat(line(t)).as(o.toString()).isEqualTo(NodeFmtLib.str(t));
      if (!o.isLiteral()) {
        Triple asSubject = Triple.create(o, P, S);
        assertThat(line(asSubject)).as(o.toString()).isEqualTo(NodeFmtLib.str(asSubject));
      }
    }
  }

  @Test
  void realRecordsHashAsBefore() throws Exception {
    Iris iris = Iris.defaults();
    PaperGraphMapper mapper = new PaperGraphMapper(
        iris, new VenueResolver(VenueRegistry.load(Path.of("..", "seeds", "reference"))), new TopicTagger(TopicReference.load(Path.of("..", "seeds"))));
    int graphs = 0;
    for (Path file : List.of(Path.of("..", "seeds", "papers.txt"), Path.of("src/test/resources/org/papergraph/ingest/record/jsonl/arxiv-kaggle-200.jsonl"))) {
      for (Graph g : mapped(mapper, file)) {
        g.find().forEach(t -> assertThat(line(t)).isEqualTo(NodeFmtLib.str(t)));
        assertThat(ContentHash.of(g)).isEqualTo(reference(g));
        graphs++;
      }
    }
    assertThat(graphs).isEqualTo(210);
  }

  @Test
  void theHashDoesNotDependOnTheOrderOfTriples() throws Exception {
    List<Triple> triples = new ArrayList<>();
    for (Node o : objects()) {
      if (!o.isBlank()) {
        triples.add(Triple.create(S, P, o));
      }
    }
    Graph g = GraphFactory.createDefaultGraph();
    triples.forEach(g::add);
    String hash = ContentHash.of(g);
    assertThat(hash).isEqualTo(reference(g));
    Collections.shuffle(triples, new Random(7));
    Graph shuffled = GraphFactory.createDefaultGraph();
    triples.forEach(shuffled::add);
    assertThat(ContentHash.of(shuffled)).isEqualTo(hash);
    shuffled.delete(triples.get(0));
    assertThat(ContentHash.of(shuffled)).isNotEqualTo(hash);
  }

  private static List<Graph> mapped(PaperGraphMapper mapper, Path file) throws IOException {
    List<Graph> out = new ArrayList<>();
    String name = file.getFileName().toString();
    try (BufferedReader in = Inputs.open(file); RecordReader reader = RecordFormat.fromFileName(name).reader(in, name)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        if (r instanceof ReadResult.Accepted a) {
          Graph g = GraphFactory.createDefaultGraph();
          mapper.map(a.record(), StreamRDFLib.graph(g));
          out.add(g);
        }
      }
    }
    return out;
  }
}
