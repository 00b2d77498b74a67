package io.aviary.controller.spec;

import java.util.List;

/**
 * The canary weights a progressive run walks through: either {@code stepWeight} at a time up to {@code maxWeight},
 * or the explicit {@code stepWeights}, whose last entry is the maximum. {@code promotionStep} (Flagger's
 * {@code stepWeightPromotion}) moves the rest of the traffic in steps after promotion; 0 moves it at once.
 */
public record WeightSchedule(int maxWeight, int stepWeight, List<Integer> stepWeights, int promotionStep) {

  public WeightSchedule {
    stepWeights = List.copyOf(stepWeights);
  }

  /** The weight at which the run has seen enough traffic to promote. */
  public int max() {
    return stepWeights.isEmpty() ? maxWeight : stepWeights.getLast();
  }

  public boolean reachedMax(int current) {
    return current >= max();
  }

  /** The weight after {@code current}; {@link #max()} once there is no further step. */
  public int next(int current) {
    if (stepWeights.isEmpty()) {
      return Math.min(current + stepWeight, maxWeight);
    }
    return stepWeights.stream().filter(weight -> weight > current).findFirst().orElse(max());
  }

  /** The weight after {@code current} while promoting: the canary's share rises to 100 by {@code promotionStep}. */
  public int nextPromotion(int current) {
    return promotionStep <= 0 ? 100 : Math.min(100, current + promotionStep);
  }
}
