package org.papergraph.core.embed;

/**
 * Keeps an embedding pass to a share of one core: after a batch that took {@code t}, the pass
 * rests {@code t × (1 − share) / share} before the next one. Thread priorities cannot do this on
 * Linux (the JVM ignores them there unless run as root with extra flags), so the pass is held
 * back by the clock instead. Wall-clock time is measured, not CPU time: on cores that are busy
 * anyway a batch takes longer, and the pass then rests longer too.
 */
public final class DutyCycle implements Pacer {
  /** Sleeps for the nanoseconds given; {@link Thread#sleep} outside tests. */
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final double share;
  private final Sleeper sleeper;
  private long owed;

  /** @param share the share of one core the pass may take, more than 0 and at most 1 */
  public DutyCycle(double share) {
    this(share, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
  }

  /** @param sleeper how the pass rests: a wait that something else may end early */
  public DutyCycle(double share, Sleeper sleeper) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("an embedding pass's share of a core must be more than 0 and at most 1, not " + share);
    }
    this.share = share;
    this.sleeper = sleeper;
  }

  @Override
  public boolean awaitTurn() {
    long rest = owed;
    owed = 0;
    boolean interrupted = false;
    long deadline = System.nanoTime() + rest;
    while (rest > 0) {
      try {
        sleeper.sleep(rest);
        rest = 0;
      } catch (InterruptedException e) {
        interrupted = true;
        rest = deadline - System.nanoTime();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  @Override
  public void ran(long nanos) {
    owed += (long) (nanos * (1 - share) / share);
  }
}
