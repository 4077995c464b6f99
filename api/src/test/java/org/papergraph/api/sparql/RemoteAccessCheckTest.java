package org.papergraph.api.sparql;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.api.web.ForbiddenException;

class RemoteAccessCheckTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/s> { ?s ?q ?r } } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }",
        "SELECT * { { SELECT ?s { SERVICE ?endpoint { ?s ?p ?o } } } }",
        "SELECT (EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } AS ?x) { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }",
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (NOT EXISTS { SERVICE SILENT <http://127.0.0.1:9/s> { ?s ?p ?o } })",
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY DESC(EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }) LIMIT 1",
        "SELECT ?s WHERE { { SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }) } }",
        "SELECT (SAMPLE(EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }) AS ?x) WHERE { ?s ?p ?o }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } })",
        "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s (EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } AS ?e)",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?r FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } } }",
        "SELECT * WHERE { ?s ?p ?o BIND(IF(EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }, 1, 0) AS ?x) }",
        "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }",
        "ASK { ?s ?p ?o FILTER(?o IN (1, EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } })) }",
        "DESCRIBE ?s WHERE { ?s ?p ?o } ORDER BY (NOT EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } })"
      })
  void refusesServiceWhereverItIs(String query) {
    assertThatThrownBy(() -> RemoteAccessCheck.check(QueryFactory.create(query))).isInstanceOf(ForbiddenException.class).hasMessageContaining("SERVICE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL ; LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:g>",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }",
        "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { { SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY (NOT EXISTS { SERVICE SILENT <http://127.0.0.1:9/s> { ?s ?p ?o } }) LIMIT 1 } }"
      })
  void refusesLoadAndServiceInUpdates(String update) {
    assertThatThrownBy(() -> RemoteAccessCheck.check(UpdateFactory.create(update))).isInstanceOf(ForbiddenException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT * { ?s ?p ?o FILTER EXISTS { ?s a ?t } }", "ASK { GRAPH ?g { ?s ?p ?o } }"})
  void letsLocalQueriesThrough(String query) {
    assertThatCode(() -> RemoteAccessCheck.check(QueryFactory.create(query))).doesNotThrowAnyException();
  }
}
