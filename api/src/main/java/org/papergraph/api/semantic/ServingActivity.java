package org.papergraph.api.semantic;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests being answered, so that background work can wait for a moment when none
 * is: on two cores, one busy embedding thread doubles the latency of everything else.
 */
public class ServingActivity extends OncePerRequestFilter {
  /** How long one wait lasts at most before {@link #awaitIdle} asks again whether to give up. */
  private static final long RECHECK_MILLIS = 100;

  private int inFlight;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    begin();
    try {
      chain.doFilter(request, response);
    } finally {
      end();
    }
  }

  synchronized void begin() {
    inFlight++;
  }

  synchronized void end() {
    inFlight--;
    if (inFlight == 0) {
      notifyAll();
    }
  }

  /**
   * Returns when no request is being answered, or as soon as {@code giveUp} says so; interrupts
   * do not end the wait, they are kept for the caller.
   */
  synchronized void awaitIdle(BooleanSupplier giveUp) {
    boolean interrupted = false;
    while (inFlight > 0 && !giveUp.getAsBoolean()) {
      try {
        wait(RECHECK_MILLIS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
