package org.papergraph.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.papergraph.api.LiveServer;
import org.papergraph.core.vocab.Vocabularies;

/** Real clients against the endpoint: Jena's remote RDFConnection, and curl as a process. */
class ExternalClientsIT extends LiveServer {
  private static final String PAPER = BASE + "id/paper/2211.08332";
  private static final String PAPER_GRAPH = BASE + "graph/paper/2211.08332";

  @Test
  void jenaRemoteConnectionQueriesAndFetches() {
    try (RDFConnection conn =
        RDFConnectionRemote.newBuilder()
            .destination("http://localhost:" + port)
            .queryEndpoint("sparql")
            .gspEndpoint("graph-store")
            .build()) {
      List<String> types = new ArrayList<>();
      conn.querySelect("SELECT ?t WHERE { <" + PAPER + "> a ?t } ORDER BY ?t", (QuerySolution row) -> types.add(row.getResource("t").getURI()));
      assertThat(types).containsExactly(Vocabularies.FABIO + "Preprint", Vocabularies.SCHEMA + "ScholarlyArticle");
      assertThat(conn.queryAsk("ASK { <" + PAPER + "> ?p ?o }")).isTrue();
      Model described = conn.queryConstruct("CONSTRUCT WHERE { <" + PAPER + "> ?p ?o }");
      assertThat(described.getGraph().contains(NodeFactory.createURI(PAPER), NodeFactory.createURI(Vocabularies.FABIO + "hasArXivId"), NodeFactory.createLiteralString("2211.08332"))).isTrue();
      Model graph = conn.fetch(PAPER_GRAPH);
      assertThat(graph.size()).isGreaterThan(described.size());
    }
  }

  @Test
  void curlQueriesTheEndpoint() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) || onPath("curl"), "curl is not installed");
    Process curl =
        new ProcessBuilder(
                "curl", "--silent", "--show-error", "--fail",
                "--header", "Accept: text/csv",
                "--data-urlencode", "query=SELECT ?id WHERE { <" + PAPER + "> <" + Vocabularies.FABIO + "hasArXivId> ?id }",
                "http://localhost:" + port + "/sparql")
            .redirectErrorStream(true)
            .start();
    assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(curl.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo("id\r\n2211.08332\r\n");

    Process unauthorised =
        new ProcessBuilder(
                "curl", "--silent", "--output", "/dev/null", "--write-out", "%{http_code}",
                "--header", "Content-Type: application/sparql-update",
                "--data-binary", "CLEAR ALL",
                "http://localhost:" + port + "/sparql")
            .start();
    assertThat(unauthorised.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(unauthorised.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("401");
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
