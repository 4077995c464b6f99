package org.papergraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OutOfMemoryGuardTest {
  private final List<Object> events = new ArrayList<>();
  private final OutOfMemoryGuard guard = new OutOfMemoryGuard(events::add);

  @Test
  void healthIsUpUntilARequestRunsOutOfMemoryThenDownForGood() throws Exception {
    guard.doFilter(new MockHttpServletRequest("GET", "/sparql"), new MockHttpServletResponse(), (req, res) -> {});
    assertThat(guard.health().getStatus()).isEqualTo(Status.UP);

    assertThatThrownBy(
            () ->
                guard.doFilter(
                    new MockHttpServletRequest("POST", "/sparql"),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      throw new OutOfMemoryError("Java heap space");
                    }))
        .isInstanceOf(OutOfMemoryError.class);

    assertThat(guard.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(guard.health().getDetails()).containsEntry("outOfMemory", "POST /sparql: Java heap space");
    assertThat(events).singleElement().isInstanceOfSatisfying(AvailabilityChangeEvent.class, e -> assertThat(e.getState()).isEqualTo(LivenessState.BROKEN));
    guard.doFilter(new MockHttpServletRequest("GET", "/sparql"), new MockHttpServletResponse(), (req, res) -> {});
    assertThat(guard.health().getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void anOutOfMemoryErrorWrappedByTheDispatcherCountsToo() {
    assertThatThrownBy(
            () ->
                guard.doFilter(
                    new MockHttpServletRequest("GET", "/sparql"),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      throw new jakarta.servlet.ServletException("Handler dispatch failed", new OutOfMemoryError("Java heap space"));
                    }))
        .isInstanceOf(jakarta.servlet.ServletException.class);
    assertThat(guard.health().getStatus()).isEqualTo(Status.DOWN);
  }
}
