package io.aviary.store;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs an action once things have been quiet for a while: each {@link #poke()} restarts the wait. An editor
 * saving a file writes a temporary file, renames it over the old one and touches metadata; that burst of events
 * becomes one reload. A steady stream of events faster than the quiet period postpones the action; the source's
 * checksum poll, which runs regardless, bounds that delay.
 *
 * <p>Thread-safety: {@link #poke()} may be called from any thread; the action runs on the given executor.
 */
final class Debouncer {

  private final ScheduledExecutorService executor;
  private final Duration quietPeriod;
  private final Runnable action;
  private @Nullable ScheduledFuture<?> pending;

  Debouncer(ScheduledExecutorService executor, Duration quietPeriod, Runnable action) {
    this.executor = executor;
    this.quietPeriod = quietPeriod;
    this.action = action;
  }

  synchronized void poke() {
    if (pending != null) {
      pending.cancel(false);
    }
    try {
      pending = executor.schedule(action, quietPeriod.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      pending = null; // the source is closing; an event that races close() needs no reload
    }
  }
}
