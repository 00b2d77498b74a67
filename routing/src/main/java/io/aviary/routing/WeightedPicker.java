package io.aviary.routing;

import io.aviary.routing.RouteDecision.Forward;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Envoy's {@code weighted_clusters}: one uniform draw in [0, total) per request against cumulative integer
 * weights. A single destination takes everything whatever its weight; among several, weight 0 is never chosen.
 */
final class WeightedPicker {

  private final Forward[] choices;
  private final int[] cumulative;
  private final int total;

  private WeightedPicker(Forward[] choices, int[] cumulative, int total) {
    this.choices = choices;
    this.cumulative = cumulative;
    this.total = total;
  }

  /**
   * @param weights one per choice, each >= 0. When several are given and all are 0 (Istio rejects this:
   *     "total destination weight = 0"), the first choice takes everything.
   */
  static WeightedPicker of(List<Forward> choices, List<Integer> weights) {
    if (choices.size() == 1) {
      return new WeightedPicker(new Forward[] {choices.getFirst()}, new int[] {1}, 1);
    }
    List<Integer> kept = java.util.stream.IntStream.range(0, choices.size())
        .filter(i -> weights.get(i) > 0).boxed().toList();
    if (kept.isEmpty()) {
      return new WeightedPicker(new Forward[] {choices.getFirst()}, new int[] {1}, 1);
    }
    Forward[] picked = new Forward[kept.size()];
    int[] cumulative = new int[kept.size()];
    int sum = 0;
    for (int k = 0; k < kept.size(); k++) {
      picked[k] = choices.get(kept.get(k));
      sum = Math.addExact(sum, weights.get(kept.get(k)));
      cumulative[k] = sum;
    }
    return new WeightedPicker(picked, cumulative, sum);
  }

  Forward pick(RandomGenerator random) {
    if (choices.length == 1) {
      return choices[0];
    }
    int draw = random.nextInt(total);
    int index = 0;
    while (draw >= cumulative[index]) {
      index++;
    }
    return choices[index];
  }

  /** The choices that can be picked, in order, for explanations. */
  List<Forward> choices() {
    return List.of(choices);
  }

  /** The share of {@code index} among all choices, 0..1. */
  double share(int index) {
    int previous = index == 0 ? 0 : cumulative[index - 1];
    return (cumulative[index] - previous) / (double) total;
  }
}
