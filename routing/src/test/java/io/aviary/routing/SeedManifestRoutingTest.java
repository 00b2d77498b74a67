package io.aviary.routing;

import static io.aviary.routing.Routes.SEED_GATEWAY;
import static io.aviary.routing.Routes.forward;
import static io.aviary.routing.Routes.fromFiles;
import static io.aviary.routing.Routes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.testkit.SampleManifests;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed guide's steps, routed through its Gateway as the guide says they behave. */
class SeedManifestRoutingTest {

  static Stream<Arguments> weightSteps() {
    return Stream.of(
        Arguments.of("next-virtual-service-90-10.yaml", Map.of("v1", 0.9, "v2", 0.1)),
        Arguments.of("next-virtual-service-80-20.yaml", Map.of("v1", 0.8, "v2", 0.2)),
        Arguments.of("next-virtual-service-50-50.yaml", Map.of("v1", 0.5, "v2", 0.5)),
        Arguments.of("next-virtual-service-100-v2.yaml", Map.of("v2", 1.0)),
        Arguments.of("next-virtual-service-rollback-v1.yaml", Map.of("v1", 1.0)));
  }

  @ParameterizedTest(name = "{0} splits {1}")
  @MethodSource("weightSteps")
  void eachWeightStepSplitsTrafficWithinOnePercentagePoint(String file, Map<String, Double> expected) {
    RouteTable table = fromFiles(SampleManifests.seedBase(), SampleManifests.seed(file));
    Map<String, Double> shares = Routes.shares(table, request(SEED_GATEWAY, "next.example.com").build(), 100_000, 42);
    assertThat(shares).containsOnlyKeys(expected.keySet());
    expected.forEach((subset, share) -> assertThat(shares.get(subset)).isCloseTo(share, within(0.01)));
  }

  static Stream<Arguments> headerSteps() {
    String chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    return Stream.of(
        Arguments.of("next-virtual-service-chrome-v2.yaml", "User-Agent", chrome, "v2"),
        Arguments.of("next-virtual-service-chrome-v2.yaml", "User-Agent", firefox, "v1"),
        Arguments.of("next-virtual-service-cookie-test-v2.yaml", "Cookie", "theme=dark; user=test; lang=en", "v2"),
        Arguments.of("next-virtual-service-cookie-test-v2.yaml", "Cookie", "theme=dark", "v1"));
  }

  @ParameterizedTest(name = "{0}: {1}: {2} goes to {3}")
  @MethodSource("headerSteps")
  void headerRulesSendMatchingUsersToTheCanaryAndEveryoneElseToTheStableVersion(
      String file, String header, String value, String subset) {
    RouteTable table = fromFiles(SampleManifests.seedBase(), SampleManifests.seed(file));
    var decision = forward(table, request(SEED_GATEWAY, "next.example.com").header(header, value));
    assertThat(decision.destination().subset()).isEqualTo(subset);
    assertThat(decision.destination().host().value()).isEqualTo("next-service.default.svc.cluster.local");
    assertThat(decision.destination().port()).isEqualTo(80);
  }
}
