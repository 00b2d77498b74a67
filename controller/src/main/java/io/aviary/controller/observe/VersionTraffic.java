package io.aviary.controller.observe;

/**
 * One version's requests during one tick: how many completed, how many of them were server errors (5xx, including
 * the gateway's own 5xx for that version such as 503 UH), and their latencies.
 */
public record VersionTraffic(long requests, long errors, LatencyCounts latencies) {

  public static final VersionTraffic NONE = new VersionTraffic(0, 0, LatencyCounts.NONE);

  public VersionTraffic {
    if (requests < 0 || errors < 0 || errors > requests) {
      throw new IllegalArgumentException(
          "requests %d, errors %d (expected: 0 <= errors <= requests)".formatted(requests, errors));
    }
  }
}
