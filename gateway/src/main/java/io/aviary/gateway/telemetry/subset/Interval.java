package io.aviary.gateway.telemetry.subset;

import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.AtomicHistogram;

/**
 * One recording interval of one subset: status counts and latencies, written concurrently by many threads without
 * locks or allocation. Fixed range (1 µs to one hour; longer values are clamped) because an atomic histogram cannot
 * resize while being written.
 */
final class Interval {

  static final long MAX_MICROS = 3_600_000_000L;

  private final AtomicLongArray counts = new AtomicLongArray(StatusCounts.SLOTS);
  private final AtomicHistogram latencyMicros = new AtomicHistogram(1, MAX_MICROS, Latencies.SIGNIFICANT_DIGITS);

  void record(Outcome outcome, boolean upstreamUnreached, long micros) {
    counts.incrementAndGet(outcome.ordinal());
    if (upstreamUnreached) {
      counts.incrementAndGet(StatusCounts.UNREACHED);
    }
    latencyMicros.recordValue(Math.clamp(micros, 0, MAX_MICROS));
  }

  /** Adds this interval to the targets. Only while no writer can reach this interval (after a phase flip). */
  void addTo(long[] countTarget, AbstractHistogram latencyTarget) {
    for (int i = 0; i < countTarget.length; i++) {
      countTarget[i] += counts.get(i);
    }
    if (latencyMicros.getTotalCount() > 0) {
      latencyTarget.add(latencyMicros);
    }
  }

  /** Clears this interval for reuse. Only while no writer can reach it. */
  void reset() {
    for (int i = 0; i < counts.length(); i++) {
      counts.set(i, 0);
    }
    latencyMicros.reset();
  }
}
