package io.aviary.gateway.telemetry.subset;

import java.time.Duration;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * The last {@code slotCount} time slots of one subset, each holding the counts and latencies of the intervals drained
 * while it was current. A slot is reused for a later epoch once the ring comes round, which is how old seconds
 * expire. Not thread-safe: its owner serialises access.
 */
final class SlotRing {

  private final long[] epochs;
  private final long[][] counts;
  private final IntCountsHistogram[] latencies;

  SlotRing(int slotCount) {
    epochs = new long[slotCount];
    counts = new long[slotCount][StatusCounts.SLOTS];
    latencies = new IntCountsHistogram[slotCount];
    Arrays.fill(epochs, Long.MIN_VALUE);
  }

  int size() {
    return epochs.length;
  }

  /** Adds a drained interval to the slot of {@code epoch}, clearing whatever older epoch that slot held. */
  void add(long epoch, Interval interval) {
    int index = indexOf(epoch);
    if (epochs[index] != epoch) {
      epochs[index] = epoch;
      Arrays.fill(counts[index], 0);
      if (latencies[index] != null) {
        latencies[index].reset();
      }
    }
    if (latencies[index] == null) {
      // Slots hold at most one slot-width of requests: int counts halve the memory of the ring.
      latencies[index] = new IntCountsHistogram(Latencies.SIGNIFICANT_DIGITS);
    }
    interval.addTo(counts[index], latencies[index]);
  }

  /** Sums the slots of epochs {@code firstEpoch..lastEpoch} (inclusive) that the ring still holds. */
  TrafficSummary sum(long firstEpoch, long lastEpoch, Duration period) {
    long[] total = new long[StatusCounts.SLOTS];
    Histogram latency = new Histogram(Latencies.SIGNIFICANT_DIGITS);
    for (long epoch = Math.max(firstEpoch, lastEpoch - size() + 1); epoch <= lastEpoch; epoch++) {
      int index = indexOf(epoch);
      if (epochs[index] != epoch) {
        continue;
      }
      for (int i = 0; i < total.length; i++) {
        total[i] += counts[index][i];
      }
      latency.add(latencies[index]);
    }
    return new TrafficSummary(period, StatusCounts.of(total), Latencies.adopt(latency));
  }

  private int indexOf(long epoch) {
    return (int) Math.floorMod(epoch, (long) epochs.length);
  }
}
