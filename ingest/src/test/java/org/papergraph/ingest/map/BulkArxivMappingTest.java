package org.papergraph.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.ingest.record.ArxivJsonLinesReader;
import org.papergraph.ingest.record.PaperRecord;
import org.papergraph.ingest.record.ReadResult;

/** A record of arXiv's bulk JSON lines becomes the golden graph: authors in order, categories, versions. */
class BulkArxivMappingTest {

  @Test
  void bulkRecordMatchesTheGoldenGraph() {
    String line = "{\"id\":\"0704.0002\",\"submitter\":\"Louis Theran\",\"authors\":\"Ileana Streinu and Louis Theran\","
        + "\"title\":\"Sparsity-certifying Graph Decompositions\",\"comments\":\"To appear in Graphs and Combinatorics\","
        + "\"journal-ref\":null,\"doi\":null,\"report-no\":null,\"categories\":\"math.CO cs.CG\","
        + "\"license\":\"http://arxiv.org/licenses/nonexclusive-distrib/1.0/\",\"abstract\":\"  We describe a new algorithm,\\nthe pebble game.\\n\","
        + "\"versions\":[{\"version\":\"v1\",\"created\":\"Sat, 31 Mar 2007 02:26:18 GMT\"},{\"version\":\"v2\",\"created\":\"Sat, 13 Dec 2008 17:26:00 GMT\"}],"
        + "\"update_date\":\"2008-12-13\",\"authors_parsed\":[[\"Streinu\",\"Ileana\",\"\"],[\"Theran\",\"Louis\",\"\"]]}";
    ReadResult result = new ArxivJsonLinesReader(new BufferedReader(new StringReader(line)), "sample.jsonl").next();
    PaperRecord record = ((ReadResult.Accepted) result).record();
    Graph g = GraphFactory.createDefaultGraph();
    new PaperGraphMapper(Iris.defaults()).map(record, StreamRDFLib.graph(g));
    Graph golden = RDFParser.source(Path.of("src/test/resources/org/papergraph/ingest/map/golden-0704.0002.ttl")).toGraph();
    assertThat(g.isIsomorphicWith(golden)).as(() -> {
      java.io.StringWriter w = new java.io.StringWriter();
      org.apache.jena.riot.RDFDataMgr.write(w, g, org.apache.jena.riot.Lang.TURTLE);
      return w.toString();
    }).isTrue();
  }
}
