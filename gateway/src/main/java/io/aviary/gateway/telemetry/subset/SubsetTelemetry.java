package io.aviary.gateway.telemetry.subset;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The per-subset traffic view the canary controller reads in-process, without Prometheus' scrape and rate-window
 * lag: one {@link SubsetSeries} per {@link SubsetKey}, created on first use and kept for the process' life.
 *
 * <p>Thread-safe. The proxy resolves {@link #series(SubsetKey)} once per subset when its configuration is compiled
 * and records through the handle; the controller reads windows, totals or tick cursors from any thread.
 */
public final class SubsetTelemetry {

  /** One-second slots: fine enough for per-second ticks, cheap enough to keep a minute per subset. */
  public static final Duration DEFAULT_SLOT_WIDTH = Duration.ofSeconds(1);

  /** Flagger's default metric interval is one minute; keep a little more so a one-minute window is always whole. */
  public static final int DEFAULT_SLOT_COUNT = 65;

  private final LongSupplier nanoClock;
  private final Duration slotWidth;
  private final int slotCount;
  private final ConcurrentHashMap<SubsetKey, SubsetSeries> series = new ConcurrentHashMap<>();

  /**
   * @param nanoClock monotonic nanoseconds, e.g. {@code System::nanoTime}; tests pass a manual clock
   * @param slotWidth the resolution of sliding windows
   * @param slotCount how many slots are retained; the longest window is {@code slotWidth * slotCount}
   */
  public SubsetTelemetry(LongSupplier nanoClock, Duration slotWidth, int slotCount) {
    if (slotWidth.isNegative() || slotWidth.isZero()) {
      throw new IllegalArgumentException("slotWidth: " + slotWidth + " (expected: positive)");
    }
    if (slotCount < 1) {
      throw new IllegalArgumentException("slotCount: " + slotCount + " (expected: at least 1)");
    }
    this.nanoClock = nanoClock;
    this.slotWidth = slotWidth;
    this.slotCount = slotCount;
  }

  /** System nanotime, {@link #DEFAULT_SLOT_WIDTH} slots, {@link #DEFAULT_SLOT_COUNT} of them. */
  public static SubsetTelemetry withSystemClock() {
    return new SubsetTelemetry(System::nanoTime, DEFAULT_SLOT_WIDTH, DEFAULT_SLOT_COUNT);
  }

  /** The series of {@code key}, created empty on first use; the same instance on every call. */
  public SubsetSeries series(SubsetKey key) {
    SubsetSeries existing = series.get(key);
    return existing != null
        ? existing
        : series.computeIfAbsent(key, k -> new SubsetSeries(k, nanoClock, slotWidth, slotCount));
  }

  /** Records one completed request; see {@link SubsetSeries#record(int, String, double)}. */
  public void record(SubsetKey key, int responseCode, String responseFlags, double durationMillis) {
    series(key).record(responseCode, responseFlags, durationMillis);
  }

  /** The last {@code window} of {@code key}; empty (zero requests) for a subset that has served nothing. */
  public TrafficSummary window(SubsetKey key, Duration window) {
    return series(key).window(window);
  }

  /** The subsets seen so far. */
  public Set<SubsetKey> subsets() {
    return Set.copyOf(series.keySet());
  }
}
