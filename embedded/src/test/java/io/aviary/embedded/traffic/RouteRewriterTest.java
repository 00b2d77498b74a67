package io.aviary.embedded.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.RouteDestination;
import io.aviary.model.istio.StringMatch;
import io.aviary.model.istio.VirtualService;
import io.aviary.model.load.ManifestLoader;
import io.aviary.testkit.SampleManifests;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteRewriterTest {

  private static final ResourceId VS = new ResourceId(VirtualService.KIND, "default", "next-virtual-service");

  private final VirtualService chrome = seed("next-virtual-service-chrome-v2.yaml");
  private final VirtualService ninetyTen = seed("next-virtual-service-90-10.yaml");

  @Test
  void setsTheCanaryWeightOnTheCatchAllRouteAndLeavesTheUsersHeaderRuleAlone() {
    VirtualService out = RouteRewriter.apply(chrome, canary(20, List.of(), 0, null));

    assertThat(weights(out.spec().http().getLast())).containsExactly(Map.entry("v1", 80), Map.entry("v2", 20));
    assertThat(out.spec().http().getFirst()).isEqualTo(chrome.spec().http().getFirst());
  }

  @Test
  void givesMatchingRequestsTheirOwnRouteBeforeTheTargetsForAbTesting() {
    HttpMatchRequest match = matchHeader("x-canary", new StringMatch.Exact("insider"));

    VirtualService out = RouteRewriter.apply(ninetyTen, canary(100, List.of(match), 0, null));

    assertThat(out.spec().http()).hasSize(2);
    assertThat(out.spec().http().getFirst().name()).isEqualTo("aviary-next-ab");
    assertThat(out.spec().http().getFirst().match()).containsExactly(match);
    assertThat(weights(out.spec().http().getFirst())).containsExactly(Map.entry("v1", 0), Map.entry("v2", 100));
    assertThat(weights(out.spec().http().getLast())).containsExactly(Map.entry("v1", 100));
  }

  @Test
  void isIdempotentOnItsOwnOutput() {
    TrafficIntent intent = canary(30, List.of(matchHeader("x-canary", new StringMatch.Exact("1"))), 0,
        new TrafficIntent.Affinity("canary", "abc", Duration.ofHours(1)));

    VirtualService once = RouteRewriter.apply(ninetyTen, intent);

    assertThat(RouteRewriter.apply(once, intent)).isEqualTo(once);
  }

  @Test
  void mirrorsTheConfiguredShareToTheCanary() {
    HttpRoute route = RouteRewriter.apply(ninetyTen, canary(0, List.of(), 25, null)).spec().http().getFirst();

    assertThat(route.mirror().subset()).isEqualTo("v2");
    assertThat(route.mirrorPercentage().value()).isEqualTo(25);
  }

  @Test
  void sendsStickyUsersToTheCanaryAndSetsTheirCookieOnCanaryResponses() {
    var affinity = new TrafficIntent.Affinity("flagger-cookie", "r1", Duration.ofMinutes(10));

    List<HttpRoute> routes = RouteRewriter.apply(ninetyTen, canary(10, List.of(), 0, affinity)).spec().http();

    assertThat(routes.getFirst().name()).isEqualTo("aviary-next-affinity");
    assertThat(routes.getFirst().match().getFirst().headers().get("cookie"))
        .isEqualTo(new StringMatch.Regex(".*flagger-cookie=r1.*"));
    assertThat(routes.getLast().route().getLast().headers().response().add())
        .containsEntry("Set-Cookie", "flagger-cookie=r1; Max-Age=600");
  }

  @Test
  void manualWeightsReplaceTheCatchAllRoutesDestinations() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("v1", 50);
    weights.put("v2", 50);

    VirtualService out = RouteRewriter.apply(chrome, new TrafficIntent.ManualWeights(VS, List.of(), weights));

    assertThat(out.spec().http().getFirst()).isEqualTo(chrome.spec().http().getFirst());
    assertThat(weights(out.spec().http().getLast())).containsExactly(Map.entry("v1", 50), Map.entry("v2", 50));
  }

  @Test
  void manualWeightOfOneHundredLeavesOneDestination() {
    VirtualService out = RouteRewriter.apply(ninetyTen, new TrafficIntent.ManualWeights(VS, List.of(),
        Map.of("v2", 100)));

    assertThat(weights(out.spec().http().getFirst())).containsExactly(Map.entry("v2", 100));
  }

  private static TrafficIntent.CanaryRouting canary(int weight, List<HttpMatchRequest> match, int mirror,
      TrafficIntent.Affinity affinity) {
    return new TrafficIntent.CanaryRouting(VS, "next", List.of(), "v1", "v2", weight, match, mirror, affinity);
  }

  private static HttpMatchRequest matchHeader(String name, StringMatch value) {
    return new HttpMatchRequest(null, null, null, null, null, Map.of(name, value), null, null, null, null, null,
        null, null, null);
  }

  private static List<Map.Entry<String, Integer>> weights(HttpRoute route) {
    return route.route().stream()
        .map(d -> Map.entry(d.destination().subset(), d.weightOrZero())).toList();
  }

  private static VirtualService seed(String file) {
    return new ManifestLoader("default").load(List.of(SampleManifests.seed(file).toString()))
        .resources().virtualServices().getFirst();
  }
}
