package io.aviary.cli;

import io.aviary.routing.RequestView;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteTable;
import io.aviary.routing.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How often each destination was chosen over N seeded decisions, in order of first appearance. Decisions that
 * do not forward are counted under {@code null}-free keys by action only in the total.
 */
record SampleCounts(Map<Target, Integer> byTarget, int total) {

  static SampleCounts draw(RouteTable table, RequestView request, int draws, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Target, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < draws; i++) {
      if (table.decide(request, random) instanceof RouteDecision.Forward forward) {
        counts.merge(forward.destination(), 1, Integer::sum);
      }
    }
    return new SampleCounts(counts, draws);
  }
}
