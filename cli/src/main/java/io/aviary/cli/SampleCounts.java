package io.aviary.cli;

import io.aviary.routing.RequestView;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteTable;
import io.aviary.routing.Target;
import java.util.Comparator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * How often each destination was chosen over {@code total} seeded decisions, ordered by host, subset and port so
 * that output is stable. Decisions that do not forward count in {@code total} only.
 */
record SampleCounts(Map<Target, Integer> byTarget, int total) {

  private static final Comparator<Target> ORDER = Comparator
      .comparing((Target target) -> target.host().value())
      .thenComparing(Target::subset, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Target::port, Comparator.nullsFirst(Comparator.naturalOrder()));

  static SampleCounts draw(RouteTable table, RequestView request, int draws, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Target, Integer> counts = new TreeMap<>(ORDER);
    for (int i = 0; i < draws; i++) {
      if (table.decide(request, random) instanceof RouteDecision.Forward forward) {
        counts.merge(forward.destination(), 1, Integer::sum);
      }
    }
    return new SampleCounts(counts, draws);
  }
}
