package io.aviary.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.HostName;
import io.aviary.routing.RouteDecision.Forward;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The weighted picker over random weight vectors. */
class WeightedPickerProperties {

  private static final int DRAWS = 40_000;

  @Provide
  Arbitrary<List<Integer>> weights() {
    return Arbitraries.integers().between(0, 100).list().ofMinSize(2).ofMaxSize(6)
        .filter(list -> list.stream().mapToInt(Integer::intValue).sum() > 0);
  }

  @Property(tries = 60)
  void eachDestinationGetsItsShareWithinTolerance(@ForAll("weights") List<Integer> weights, @ForAll long seed) {
    int[] counts = draw(weights, seed);
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    for (int i = 0; i < weights.size(); i++) {
      assertThat(counts[i] / (double) DRAWS).isCloseTo(weights.get(i) / (double) total,
          org.assertj.core.data.Offset.offset(0.02));
    }
  }

  @Property(tries = 60)
  void weightZeroIsNeverChosenAmongSeveral(@ForAll("weights") List<Integer> weights, @ForAll long seed) {
    int[] counts = draw(weights, seed);
    IntStream.range(0, weights.size()).filter(i -> weights.get(i) == 0)
        .forEach(i -> assertThat(counts[i]).isZero());
  }

  @Property(tries = 20)
  void aSingleDestinationTakesEverythingWhateverItsWeight(@ForAll("single") int weight, @ForAll long seed) {
    assertThat(draw(List.of(weight), seed)[0]).isEqualTo(DRAWS);
  }

  @Provide
  Arbitrary<Integer> single() {
    return Arbitraries.integers().between(0, 100);
  }

  private static int[] draw(List<Integer> weights, long seed) {
    List<Forward> choices = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      Target target = new Target(new HostName("h"), "s" + i, null);
      choices.add(new Forward(new RouteRef(new ResourceId("VirtualService", "ns", "vs"), 0, null), target, ForwardPolicy.none()));
    }
    WeightedPicker picker = WeightedPicker.of(choices, weights);
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = new int[weights.size()];
    for (int i = 0; i < DRAWS; i++) {
      counts[choices.indexOf(picker.pick(random))]++;
    }
    return counts;
  }
}
