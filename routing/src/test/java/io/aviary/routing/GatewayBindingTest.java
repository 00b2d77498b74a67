package io.aviary.routing;

import static io.aviary.routing.Routes.decide;
import static io.aviary.routing.Routes.forward;
import static io.aviary.routing.Routes.fromYaml;
import static io.aviary.routing.Routes.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.routing.RouteDecision.NoRoute;
import org.junit.jupiter.api.Test;

/** Gateway virtual hosts: server hosts with namespaces, domain selection, merging, ports and gateway names. */
class GatewayBindingTest {

  static final ProxyRef GW = ProxyRef.gateway("istio-system", "gw");

  static String gateway(String hosts) {
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: istio-system}
        spec:
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: %s
          - port: {number: 8080, name: alt, protocol: HTTP}
            hosts: ["*"]
        ---
        """.formatted(hosts);
  }

  static String vs(String namespace, String name, String hosts, String gateways, String http) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: %s, namespace: %s}
        spec:
          hosts: %s
          gateways: %s
          http:
        %s---
        """.formatted(name, namespace, hosts, gateways, http.indent(2));
  }

  static String to(String host) {
    return "- route: [{destination: {host: " + host + "}}]\n";
  }

  static String target(RouteTable table, SimpleRequest.Builder request) {
    return forward(table, request).destination().host().value();
  }

  @Test
  void theMostSpecificWildcardDomainWins() {
    RouteTable table = fromYaml(gateway("[\"*\"]")
        + vs("default", "any", "[\"*.example.com\"]", "[istio-system/gw]", to("wide"))
        + vs("default", "deep", "[\"*.b.example.com\"]", "[istio-system/gw]", to("deep"))
        + vs("default", "exact", "[a.b.example.com]", "[istio-system/gw]", to("exact")));
    assertThat(target(table, request(GW, "a.b.example.com"))).startsWith("exact.");
    assertThat(target(table, request(GW, "x.b.example.com"))).startsWith("deep.");
    assertThat(target(table, request(GW, "X.Example.COM:80"))).startsWith("wide.");
    assertThat(decide(table, request(GW, "example.com"))).isInstanceOf(NoRoute.class);
  }

  @Test
  void serverHostNamespacesFilterWhichVirtualServicesBind() {
    RouteTable table = fromYaml(gateway("[\"team-a/*\", \"./ops.example.com\"]")
        + vs("team-a", "a", "[a.example.com]", "[istio-system/gw]", to("a"))
        + vs("team-b", "b", "[b.example.com]", "[istio-system/gw]", to("b"))
        + vs("istio-system", "ops", "[ops.example.com]", "[gw]", to("ops")));
    assertThat(target(table, request(GW, "a.example.com"))).isEqualTo("a.team-a.svc.cluster.local");
    assertThat(decide(table, request(GW, "b.example.com"))).isInstanceOf(NoRoute.class);
    assertThat(target(table, request(GW, "ops.example.com"))).isEqualTo("ops.istio-system.svc.cluster.local");
  }

  @Test
  void virtualServicesForOneHostMergeByNameWithCatchAllsLast() {
    RouteTable table = fromYaml(gateway("[\"*\"]")
        + vs("default", "b-second", "[shop.example.com]", "[istio-system/gw]",
            "- match: [{uri: {prefix: /cart}}]\n  route: [{destination: {host: cart}}]\n")
        + vs("default", "a-first", "[shop.example.com]", "[istio-system/gw]", to("web")));
    assertThat(target(table, request(GW, "shop.example.com").path("/cart/1"))).startsWith("cart.");
    assertThat(target(table, request(GW, "shop.example.com").path("/"))).startsWith("web.");
  }

  @Test
  void matchBlocksForAnotherPortAreDroppedAndThePortInTheHostHeaderIsIgnored() {
    RouteTable table = fromYaml(gateway("[\"*\"]")
        + vs("default", "v", "[\"*\"]", "[istio-system/gw]",
            "- match: [{port: 8080}]\n  route: [{destination: {host: alt}}]\n" + to("main")));
    assertThat(target(table, request(GW, "x:8080").port(80))).startsWith("main.");
    assertThat(target(table, request(GW, "x").port(8080))).startsWith("alt.");
    assertThat(target(table, request(GW, "x"))).startsWith("main.");
    assertThat(decide(table, request(GW, "x").port(9999)))
        .isInstanceOfSatisfying(NoRoute.class, none -> assertThat(none.reason()).isEqualTo(NoRouteReason.NO_SERVER_ON_PORT));
  }

  @Test
  void matchGatewaysOverrideTheVirtualServiceBinding() {
    RouteTable table = fromYaml(gateway("[\"*\"]")
        + vs("default", "v", "[web.default.svc.cluster.local]", "[mesh, istio-system/gw]",
            "- match: [{gateways: [mesh]}]\n  route: [{destination: {host: internal}}]\n" + to("public")));
    assertThat(target(table, request(GW, "web.default.svc.cluster.local"))).startsWith("public.");
    assertThat(target(table, request(Routes.MESH, "web"))).startsWith("internal.");
  }

  @Test
  void legacyFullyQualifiedGatewayNamesBindLikeNamespaceSlashName() {
    RouteTable table = fromYaml(gateway("[\"*\"]")
        + vs("default", "v", "[\"*\"]", "[gw.istio-system.svc.cluster.local]", to("legacy")));
    assertThat(target(table, request(GW, "x"))).startsWith("legacy.");
  }

  @Test
  void virtualServiceHostsAndDestinationsExpandInTheVirtualServiceNamespace() {
    RouteTable table = fromYaml(gateway("[\"*\"]")
        + vs("shop", "v", "[cart]", "[istio-system/gw]", to("cart")));
    assertThat(target(table, request(GW, "cart.shop.svc.cluster.local"))).isEqualTo("cart.shop.svc.cluster.local");
    assertThat(decide(table, request(GW, "cart"))).isInstanceOf(NoRoute.class);
  }

  @Test
  void anUnknownGatewayIsNamedInTheNoRoute() {
    RouteDecision decision = decide(fromYaml(gateway("[\"*\"]")), request(ProxyRef.gateway("default", "nope"), "x"));
    assertThat(decision).isEqualTo(new NoRoute(NoRouteReason.UNKNOWN_GATEWAY, "no Gateway default/nope in the configuration"));
  }
}
