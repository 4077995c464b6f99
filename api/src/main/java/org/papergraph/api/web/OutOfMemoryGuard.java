package org.papergraph.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Watches requests for an {@link OutOfMemoryError}. After one, any thread of the process may have
 * died with it (Tomcat's acceptor among them), so the server can no longer be trusted to serve:
 * health says DOWN ({@code /actuator/health} and the liveness probe) until it is restarted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OutOfMemoryGuard extends OncePerRequestFilter implements HealthIndicator {
  private static final Logger log = LoggerFactory.getLogger(OutOfMemoryGuard.class);
  private final ApplicationEventPublisher events;
  private final AtomicReference<String> seen = new AtomicReference<>();

  public OutOfMemoryGuard(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (OutOfMemoryError e) {
      record(request, e);
      throw e;
    } catch (ServletException | RuntimeException e) {
      if (e.getCause() instanceof OutOfMemoryError oom) {
        record(request, oom);
      }
      throw e;
    }
  }

  private void record(HttpServletRequest request, OutOfMemoryError e) {
    String what = request.getMethod() + " " + request.getRequestURI() + ": " + e.getMessage();
    if (seen.compareAndSet(null, what)) {
      log.error("out of memory while serving {}; health is DOWN from now on, restart the server", what);
      AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
    }
  }

  @Override
  public Health health() {
    String what = seen.get();
    return what == null ? Health.up().build() : Health.down().withDetail("outOfMemory", what).build();
  }
}
