package io.aviary.routing;

import static io.aviary.routing.Routes.fromFiles;
import static io.aviary.routing.Routes.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.SampleManifests;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RouteExplainerTest {

  private final RouteTable chrome = fromFiles(SampleManifests.seedBase(),
      SampleManifests.seed("next-virtual-service-chrome-v2.yaml"));

  @Test
  void namesTheFirstFailedConditionOfEachEarlierRule() {
    Explanation explanation = new RouteExplainer(chrome).explain(
        request(Routes.SEED_GATEWAY, "next.example.com").header("User-Agent", "curl/8.0").build(), new SplittableRandom(1));
    assertThat(explanation.steps()).containsExactly(
        "virtual host \"*\" on Gateway default/next-gateway",
        "rule #0 of VirtualService default/next-virtual-service match #0: header user-agent regex \".*Chrome.*\" did not match \"curl/8.0\"",
        "matched rule #1 of VirtualService default/next-virtual-service (a rule without match accepts everything)");
  }

  @Test
  void pointsToTheGatewayAVirtualServiceIsBoundToWhenTheMeshHasNoRoute() {
    Explanation explanation = new RouteExplainer(chrome).explain(
        request(Routes.MESH, "next.example.com").build(), new SplittableRandom(1));
    assertThat(explanation.decision()).isInstanceOf(RouteDecision.NoRoute.class);
    assertThat(explanation.hints()).singleElement().asString()
        .contains("default/next-virtual-service").contains("try --gateway default/next-gateway");
  }
}
