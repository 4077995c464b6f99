package org.papergraph.core.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Helper threads that write to a store. They are never interrupted: a thread interrupted in the
 * middle of a TDB2 write closes the store's files (the channel is closed by the interrupt), so
 * waiting for them goes on through interrupts and restores the flag afterwards.
 */
public final class StoreThreads {
  private StoreThreads() {}

  /** One daemon thread, named {@code name}, running the tasks handed to it in order. */
  public static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Lets the tasks already handed over finish, then stops the thread, without interrupting it. */
  public static void shutdownAndAwait(ExecutorService executor) {
    executor.shutdown();
    boolean interrupted = false;
    while (!executor.isTerminated()) {
      try {
        executor.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The task's result, or what it threw, rethrown as it was thrown (a checked exception wrapped
   * in an {@link IllegalStateException} saying {@code failure}). Waits through interrupts.
   */
  public static <T> T await(Future<T> task, String failure) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(failure, cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
