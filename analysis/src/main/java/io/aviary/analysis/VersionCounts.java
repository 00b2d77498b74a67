package io.aviary.analysis;

/** One version's requests in one tick: how many, how many were 5xx, and their latencies. */
public record VersionCounts(long requests, long errors, LatencyView latency) {

  public static final VersionCounts NONE = new VersionCounts(0, 0, LatencyView.NONE);

  public VersionCounts {
    if (requests < 0 || errors < 0 || errors > requests) {
      throw new IllegalArgumentException(
          "requests %d, errors %d (expected: 0 <= errors <= requests)".formatted(requests, errors));
    }
  }
}
