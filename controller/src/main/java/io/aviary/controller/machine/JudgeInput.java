package io.aviary.controller.machine;

import io.aviary.analysis.TickCounts;
import io.aviary.analysis.VersionCounts;
import io.aviary.controller.observe.TrafficSample;
import io.aviary.controller.observe.VersionTraffic;
import org.jspecify.annotations.Nullable;

/** Hands a tick's {@link TrafficSample} to the judge in the analysis module's terms, without copying latencies. */
final class JudgeInput {

  private JudgeInput() {}

  static @Nullable TickCounts of(@Nullable TrafficSample sample) {
    if (sample == null) {
      return null;
    }
    return new TickCounts(version(sample.stable()), version(sample.canary()), sample.canaryWeight());
  }

  private static VersionCounts version(VersionTraffic traffic) {
    return new VersionCounts(traffic.requests(), traffic.errors(), traffic.latencies());
  }
}
