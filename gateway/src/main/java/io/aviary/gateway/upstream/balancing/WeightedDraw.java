package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * A weighted random draw over a fixed endpoint list: O(log n) by binary search over cumulative weights while
 * the drawn endpoint is eligible, falling back to one linear pass over the eligible ones when a few draws in a
 * row hit unhealthy endpoints. Immutable and thread-safe.
 */
final class WeightedDraw {

  private static final int FAST_ATTEMPTS = 3;

  private final long[] cumulative;
  private final int[] weights;

  WeightedDraw(List<Endpoint> endpoints) {
    this.weights = endpoints.stream().mapToInt(Endpoint::weight).toArray();
    this.cumulative = new long[weights.length];
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  long totalWeight() {
    return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
  }

  int weight(int index) {
    return weights[index];
  }

  /** The endpoint whose weight interval contains {@code point} (0 ≤ point < total weight). */
  int indexAt(long point) {
    int found = Arrays.binarySearch(cumulative, point + 1);
    return found >= 0 ? found : -found - 1;
  }

  /** A weighted draw among the eligible endpoints, or -1 when none is eligible. */
  int draw(RandomGenerator random, IntPredicate eligible) {
    long total = totalWeight();
    if (total == 0) {
      return -1;
    }
    for (int attempt = 0; attempt < FAST_ATTEMPTS; attempt++) {
      int index = indexAt(random.nextLong(total));
      if (eligible.test(index)) {
        return index;
      }
    }
    return drawAmongEligible(random, eligible);
  }

  private int drawAmongEligible(RandomGenerator random, IntPredicate eligible) {
    long eligibleTotal = 0;
    for (int i = 0; i < weights.length; i++) {
      if (eligible.test(i)) {
        eligibleTotal += weights[i];
      }
    }
    if (eligibleTotal == 0) {
      return -1;
    }
    long point = random.nextLong(eligibleTotal);
    int lastEligible = -1;
    for (int i = 0; i < weights.length; i++) {
      if (eligible.test(i)) {
        lastEligible = i;
        point -= weights[i];
        if (point < 0) {
          return i;
        }
      }
    }
    return lastEligible; // health changed between the passes; any eligible endpoint will do
  }
}
