package org.papergraph.api.sparql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Counters and timers of SPARQL work, beside the per-endpoint HTTP metrics Spring records
 * (http.server.requests). All appear at /actuator/prometheus.
 */
@Component
class SparqlMetrics {
  private final MeterRegistry registry;
  private final Timer queries;
  private final Timer updates;

  SparqlMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.queries = Timer.builder("papergraph.sparql.executions").description("SPARQL executions").tag("operation", "query").register(registry);
    this.updates = Timer.builder("papergraph.sparql.executions").description("SPARQL executions").tag("operation", "update").register(registry);
  }

  <T> T timeQuery(Supplier<T> work) {
    return queries.record(work);
  }

  <T> T timeUpdate(Supplier<T> work) {
    return updates.record(work);
  }

  /** Counts a query answered from the result cache. */
  void cacheHit() {
    Counter.builder("papergraph.sparql.cache.hits").description("SPARQL queries answered from the result cache").register(registry).increment();
  }

  /** Counts a query stopped by its time limit. */
  void timeout(String operation) {
    Counter.builder("papergraph.sparql.timeouts").description("SPARQL executions stopped by their time limit").tag("operation", operation).register(registry).increment();
  }
}
