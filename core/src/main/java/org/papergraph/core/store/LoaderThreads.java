package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The threads TDB2's parallel loader starts in {@code startBulk}, so that a load that fails can
 * stop them. The loader's {@code finishException} leaves them blocked for ever on their queues,
 * each with a write transaction open on the store's node table or one of its indexes: threads
 * that are not daemons, so a command line whose bulk load failed never ends, and that, woken
 * once the store is closed, abort into closed components (a {@code NullPointerException}, "because
 * this.threadTxn is null").
 *
 * <p>They are stopped as the loader's own code expects: interrupted while they wait on their
 * queues, each aborts its transaction and ends. Only once idle: an interrupt during a file write
 * would close the store's files (see {@link StoreThreads}).
 */
final class LoaderThreads {
  private static final String LOADER_PACKAGE = "org.apache.jena.tdb2.loader.";
  /** The loader's first stage on its own thread, which feeds the indexers. */
  private static final String FIRST_STAGE = LOADER_PACKAGE + "main.DataToTuples";

  private final List<Thread> started;

  private LoaderThreads(List<Thread> started) {
    this.started = started;
  }

  /** The threads alive now, to be given to {@link #startedSince} after {@code startBulk}. */
  static Set<Thread> alive() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  /** The threads started since {@code before}: the loader's, and perhaps others, told apart at {@link #stop}. */
  static LoaderThreads startedSince(Set<Thread> before) {
    List<Thread> started = new ArrayList<>(Thread.getAllStackTraces().keySet());
    started.removeAll(before);
    return new LoaderThreads(started);
  }

  /**
   * Stops the loader's threads of a load that failed, before the loader's {@code finishException}
   * and while the store is open; the data they held is aborted with them. Call on the thread that
   * fed the loader, once it sends nothing more.
   */
  void stop() {
    List<Thread> loader = new ArrayList<>();
    for (Thread t : started) {
      StackTraceElement[] stack = stackOf(t);
      if (runs(stack, FIRST_STAGE)) {
        // The first stage first: once it waits for data that will not come, the indexers it
        // feeds empty their queues and wait too, and none of them is woken again but by the
        // interrupt.
        loader.add(0, t);
      } else if (runs(stack, LOADER_PACKAGE)) {
        loader.add(t);
      }
    }
    boolean interrupted = false;
    for (Thread t : loader) {
      interrupted |= awaitWaitingOnItsQueue(t);
    }
    loader.forEach(Thread::interrupt);
    for (Thread t : loader) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The stack of {@code t}, once a thread just started runs anything. */
  private static StackTraceElement[] stackOf(Thread t) {
    StackTraceElement[] stack = t.getStackTrace();
    while (stack.length == 0 && t.isAlive()) {
      Thread.onSpinWait();
      stack = t.getStackTrace();
    }
    return stack;
  }

  private static boolean runs(StackTraceElement[] stack, String prefix) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Waits until {@code t} waits to take from a queue (or has ended); true when this thread was interrupted meanwhile. */
  private static boolean awaitWaitingOnItsQueue(Thread t) {
    boolean interrupted = false;
    // Seen taking, waiting, and still taking: not a wait elsewhere with a take just after it.
    while (t.isAlive() && !(taking(t.getStackTrace()) && t.getState() == Thread.State.WAITING && taking(t.getStackTrace()))) {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    return interrupted;
  }

  private static boolean taking(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getMethodName().equals("take") && frame.getClassName().startsWith("java.util.concurrent.")) {
        return true;
      }
    }
    return false;
  }
}
