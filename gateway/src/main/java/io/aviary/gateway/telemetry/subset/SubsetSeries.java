package io.aviary.gateway.telemetry.subset;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * The traffic of one subset: the proxy records completed requests into it, the controller reads sliding windows and
 * cumulative totals from it. The proxy keeps this handle with the endpoint's subset so recording needs no lookup.
 *
 * <p>Time is cut into slots of {@code slotWidth} (epoch = clock nanos / slot width). Writers record into a
 * lock-free {@link IntervalRecorder}; whoever first notices a new epoch (writer via {@code tryLock}, never waiting, or
 * reader) drains the interval into the slot of the epoch it was recorded in and into the cumulative totals. A reader
 * also drains the current, partial slot, so windows include the latest requests. Requests recorded by another thread
 * within the instant of a slot change may land in the neighbouring slot; cumulative totals are exact regardless.
 *
 * <p>Thread-safe. Recording takes no lock and allocates nothing; readers serialise on a lock writers only try.
 */
public final class SubsetSeries {

  private final SubsetKey key;
  private final LongSupplier nanoClock;
  private final long slotWidthNanos;
  private final IntervalRecorder recorder = new IntervalRecorder();
  private final ReentrantLock drainLock = new ReentrantLock();
  private final SlotRing ring;
  private final long[] cumulativeCounts = new long[StatusCounts.SLOTS];
  private final Histogram cumulativeLatency = new Histogram(Latencies.SIGNIFICANT_DIGITS);
  private volatile long currentEpoch;

  SubsetSeries(SubsetKey key, LongSupplier nanoClock, Duration slotWidth, int slotCount) {
    this.key = key;
    this.nanoClock = nanoClock;
    this.slotWidthNanos = slotWidth.toNanos();
    this.ring = new SlotRing(slotCount);
    this.currentEpoch = epochOf(nanoClock.getAsLong());
  }

  public SubsetKey key() {
    return key;
  }

  /**
   * Records one completed request. Lock-free and allocation-free except once per slot change, when the first writer
   * to notice drains the finished interval.
   *
   * @param responseCode status sent downstream, 0 if none
   * @param responseFlags Envoy short flags, {@code -} when none
   * @param durationMillis request start to last response byte
   */
  public void record(int responseCode, String responseFlags, double durationMillis) {
    long epoch = epochOf(nanoClock.getAsLong());
    if (epoch > currentEpoch && drainLock.tryLock()) {
      try {
        if (epoch > currentEpoch) {
          drainInto(epoch);
        }
      } finally {
        drainLock.unlock();
      }
    }
    recorder.record(
        Outcome.of(responseCode), UpstreamUnreached.in(responseFlags), (long) (durationMillis * 1000.0));
  }

  /**
   * The requests of the last {@code window}: the current, partial slot and the whole slots before it, as many as the
   * window spans (rounded up to whole slots).
   *
   * @throws IllegalArgumentException if the window is shorter than a slot or longer than the ring retains
   */
  public TrafficSummary window(Duration window) {
    long slots = slotsIn(window);
    drainLock.lock();
    try {
      long nowEpoch = epochOf(nanoClock.getAsLong());
      drainInto(nowEpoch);
      return ring.sum(nowEpoch - slots + 1, nowEpoch, window);
    } finally {
      drainLock.unlock();
    }
  }

  /** Everything recorded so far, including the current slot; subtract two readings for per-tick increments. */
  public CumulativeTraffic totals() {
    drainLock.lock();
    try {
      long nowNanos = nanoClock.getAsLong();
      drainInto(epochOf(nowNanos));
      return new CumulativeTraffic(
          nowNanos, StatusCounts.of(cumulativeCounts.clone()), Latencies.adopt(cumulativeLatency.copy()));
    } finally {
      drainLock.unlock();
    }
  }

  /** A cursor whose {@link TickCursor#next()} returns what was served since its previous call. */
  public TickCursor cursor() {
    return new TickCursor(this);
  }

  /** Holding {@link #drainLock}: moves the active interval into the slot it was recorded in, then advances. */
  private void drainInto(long nowEpoch) {
    long recordedEpoch = currentEpoch;
    recorder.drain(interval -> {
      ring.add(recordedEpoch, interval);
      interval.addTo(cumulativeCounts, cumulativeLatency);
    });
    currentEpoch = Math.max(recordedEpoch, nowEpoch);
  }

  private long slotsIn(Duration window) {
    long slots = Math.ceilDiv(window.toNanos(), slotWidthNanos);
    if (slots < 1 || slots > ring.size()) {
      throw new IllegalArgumentException("window: %s (expected: %s to %s, the slots this telemetry retains)"
          .formatted(window, Duration.ofNanos(slotWidthNanos), Duration.ofNanos(slotWidthNanos * ring.size())));
    }
    return slots;
  }

  private long epochOf(long nanos) {
    return Math.floorDiv(nanos, slotWidthNanos);
  }
}
