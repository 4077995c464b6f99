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
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }"
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
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } } }"
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
