package io.aviary.routing;

import static io.aviary.routing.Routes.MESH;
import static io.aviary.routing.Routes.decide;
import static io.aviary.routing.Routes.forward;
import static io.aviary.routing.Routes.fromFiles;
import static io.aviary.routing.Routes.fromYaml;
import static io.aviary.routing.Routes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.model.flagger.Canary;
import io.aviary.model.load.ManifestLoader;
import io.aviary.testkit.SampleManifests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Istio's bookinfo and Flagger's samples, routed in the mesh. */
class MeshAndSamplesRoutingTest {

  @Test
  void bookinfoSendsJasonToReviewsV2AndEveryoneElseToV1() {
    RouteTable table = fromFiles(SampleManifests.istioSample("bookinfo/networking/virtual-service-reviews-test-v2.yaml"));
    assertThat(forward(table, request(MESH, "reviews").header("end-user", "jason")).destination())
        .isEqualTo(new Target(new io.aviary.model.istio.HostName("reviews.default.svc.cluster.local"), "v2", null));
    assertThat(forward(table, request(MESH, "reviews").header("end-user", "mike")).destination().subset())
        .isEqualTo("v1");
  }

  @Test
  void bookinfoNinetyTenSplitsReviewsNinetyTen() {
    RouteTable table = fromFiles(SampleManifests.istioSample("bookinfo/networking/virtual-service-reviews-90-10.yaml"));
    Map<String, Double> shares = Routes.shares(table, request(MESH, "reviews:9080").build(), 100_000, 3);
    assertThat(shares.get("v1")).isCloseTo(0.9, within(0.01));
    assertThat(shares.get("v2")).isCloseTo(0.1, within(0.01));
  }

  @Test
  void shortHostsResolveInTheClientNamespaceAndFullerFormsEverywhere() {
    RouteTable table = fromFiles(SampleManifests.istioSample("bookinfo/networking/virtual-service-reviews-test-v2.yaml"));
    assertThat(decide(table, request(ProxyRef.mesh("other"), "reviews"))).isInstanceOf(RouteDecision.NoRoute.class);
    for (String host : List.of("reviews.default", "reviews.default.svc", "Reviews.Default.svc.cluster.local:9080")) {
      assertThat(forward(table, request(ProxyRef.mesh("other"), host)).destination().subset()).isEqualTo("v1");
    }
  }

  @Test
  void flaggerInsiderCookieRegexSendsInsidersToTheCanary() {
    String regex = insiderCookieRegex();
    assertThat(regex).isEqualTo("^(.*?;)?(type=insider)(;.*)?$");
    RouteTable table = fromYaml("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: podinfo, namespace: test}
        spec:
          hosts: [podinfo]
          http:
          - match:
            - headers:
                cookie: {regex: '%s'}
            route:
            - {destination: {host: podinfo-canary}, weight: 100}
          - route:
            - {destination: {host: podinfo-primary}, weight: 100}
        """.formatted(regex));
    ProxyRef client = ProxyRef.mesh("test");
    assertThat(forward(table, request(client, "podinfo").header("Cookie", "type=insider")).destination().host().value())
        .isEqualTo("podinfo-canary.test.svc.cluster.local");
    assertThat(forward(table, request(client, "podinfo").header("Cookie", "a=b;type=insider")).destination().host().value())
        .isEqualTo("podinfo-canary.test.svc.cluster.local");
    assertThat(forward(table, request(client, "podinfo")).destination().host().value())
        .isEqualTo("podinfo-primary.test.svc.cluster.local");
  }

  @Test
  void knownServiceWithoutVirtualServiceGetsTheDefaultRouteToItself() {
    RouteTable table = fromFiles(SampleManifests.seed("next-service.yaml"));
    RouteDecision.Forward decision = forward(table, request(MESH, "next-service"));
    assertThat(decision.route()).isNull();
    assertThat(decision.destination())
        .isEqualTo(new Target(new io.aviary.model.istio.HostName("next-service.default.svc.cluster.local"), null, 80));
  }

  @Test
  void sourceNamespaceMatchesOnlyApplyToClientsInThatNamespace() {
    RouteTable table = fromYaml("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: r, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - match: [{sourceNamespace: team-a}]
            route: [{destination: {host: reviews, subset: v2}}]
          - route: [{destination: {host: reviews, subset: v1}}]
        """);
    assertThat(forward(table, request(ProxyRef.mesh("team-a"), "reviews.default")).destination().subset()).isEqualTo("v2");
    assertThat(forward(table, request(ProxyRef.mesh("team-b"), "reviews.default")).destination().subset()).isEqualTo("v1");
  }

  @SuppressWarnings("unchecked")
  private static String insiderCookieRegex() {
    var loaded = new ManifestLoader("default")
        .load(List.of(SampleManifests.flagger("test/istio/test-canary.heredoc-4.yaml").toString()));
    Canary canary = (Canary) loaded.manifests().getFirst().resource();
    var headers = (Map<String, Object>) canary.spec().analysis().match().getFirst().get("headers");
    return (String) ((Map<String, Object>) headers.get("cookie")).get("regex");
  }
}
