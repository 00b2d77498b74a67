package io.aviary.gateway.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Responses counted by the upstream that answered and the status it gave; safe to record from many threads. */
final class TrafficTally {

  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  void record(String upstream, int status) {
    counts.merge(upstream + " " + status, 1, Integer::sum);
  }

  int count(String upstream, int status) {
    return counts.getOrDefault(upstream + " " + status, 0);
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The share of {@code upstream}'s answers that were not 5xx, in percent, as Flagger's success rate. */
  double successPercent(String upstream) {
    int all = 0;
    int failed = 0;
    for (var entry : counts.entrySet()) {
      String[] key = entry.getKey().split(" ");
      if (key[0].equals(upstream)) {
        all += entry.getValue();
        failed += key[1].startsWith("5") ? entry.getValue() : 0;
      }
    }
    return all == 0 ? Double.NaN : 100.0 * (all - failed) / all;
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
