package io.aviary.routing;

import static io.aviary.routing.Routes.decide;
import static io.aviary.routing.Routes.forward;
import static io.aviary.routing.Routes.fromYaml;
import static io.aviary.routing.Routes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.routing.RouteDecision.Forward;
import io.aviary.routing.RouteDecision.NoRoute;
import io.aviary.routing.RouteDecision.Redirect;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of istio-semantics.md §9 that need no proxy, through a gateway {@code default/gw} on port 80. */
class IstioSemanticsTest {

  static final ProxyRef GW = ProxyRef.gateway("default", "gw");
  static final String TCHAR_NAME = "a!#$%&'*+-.^_`|~z";

  static final String GATEWAY = """
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: default}
      spec:
        selector: {istio: ingressgateway}
        servers:
        - port: {number: 80, name: http, protocol: HTTP}
          hosts: ["*"]
      ---
      """;

  /** A VirtualService for host {@code *} on the gateway with the given {@code http} list (YAML, indented 2). */
  static RouteTable table(String http) {
    return fromYaml(GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: vs, namespace: default}
        spec:
          hosts: ["*"]
          gateways: [gw]
          http:
        """ + http.indent(2));
  }

  static boolean routed(RouteTable table, SimpleRequest.Builder request) {
    return decide(table, request) instanceof Forward;
  }

  @Test
  void headerMatchWithEveryTokenCharacterInTheNameNeedsTheHeader() {
    RouteTable table = table("""
        - match:
          - headers:
              "%s": {exact: why}
          route:
          - destination: {host: b}
        """.formatted(TCHAR_NAME));
    assertThat(decide(table, request(GW, "a"))).isInstanceOf(NoRoute.class);
    assertThat(routed(table, request(GW, "a").header(TCHAR_NAME, "why"))).isTrue();
  }

  @Test
  void pseudoHeaderMethodMatchesTheRequestMethod() {
    RouteTable table = table("""
        - match:
          - headers:
              ":method": {exact: GET}
          route:
          - destination: {host: b}
        """);
    assertThat(decide(table, request(GW, "a").method("POST"))).isInstanceOf(NoRoute.class);
    assertThat(routed(table, request(GW, "a").method("GET"))).isTrue();
  }

  @Test
  void redirectReplacesThePathAndKeepsTheQuery() {
    RouteTable table = table("""
        - match: [{uri: {exact: /foo}}]
          redirect: {uri: /new/path}
        """);
    RouteDecision decision = decide(table, request(GW, "a").path("/foo?key=value"));
    assertThat(decision).isEqualTo(new Redirect(new RouteRef(vsId(), 0, null), 301, "http://a/new/path?key=value"));
  }

  @Test
  void prefixRedirectReplacesOnlyTheMatchedPrefix() {
    RouteTable table = table("""
        - match: [{uri: {prefix: /foo/}}]
          redirect: {prefixRewrite: /new/}
        """);
    assertThat(((Redirect) decide(table, request(GW, "a").path("/foo/bar"))).location()).isEqualTo("http://a/new/bar");
  }

  @Test
  void redirectDerivesThePortFromTheListenerWhenAsked() {
    RouteTable table = table("""
        - redirect: {derivePort: FROM_REQUEST_PORT, scheme: https}
        """);
    assertThat(((Redirect) decide(table, request(GW, "b").port(80).path("/foo"))).location())
        .isEqualTo("https://b:80/foo");
  }

  @Test
  void rewriteReplacesTheMatchedPathAndKeepsTheQuery() {
    RouteTable table = table("""
        - match: [{uri: {exact: /foo}}]
          rewrite: {uri: /new/path, authority: new-authority}
          route:
          - destination: {host: b}
        """);
    Forward decision = forward(table, request(GW, "a").path("/foo?key=value"));
    assertThat(decision.policy().rewrite().apply("/foo?key=value#hash")).isEqualTo("/new/path?key=value");
    assertThat(decision.policy().authorityRewrite()).isEqualTo("new-authority");
  }

  @Test
  void catchAllFirstRuleWithAbortMakesLaterRulesUnreachable() {
    RouteTable table = table("""
        - match: [{uri: {regex: ".*"}}]
          fault: {abort: {percentage: {value: 100}, httpStatus: 418}}
          route:
          - destination: {host: b}
        - match: [{uri: {prefix: /x}}]
          route:
          - destination: {host: c}
        """);
    Forward decision = forward(table, request(GW, "a").path("/x"));
    assertThat(decision.route().index()).isZero();
    assertThat(decision.policy().fault().abort().httpStatus()).isEqualTo(418);
  }

  @Test
  void weightsFiftyTwentyFiveTwentyFiveSplitRelatively() {
    RouteTable table = table("""
        - route:
          - {destination: {host: b, subset: one}, weight: 50}
          - {destination: {host: b, subset: two}, weight: 25}
          - {destination: {host: b, subset: three}, weight: 25}
        """);
    Map<String, Double> shares = Routes.shares(table, request(GW, "a").build(), 100_000, 7);
    assertThat(shares.get("one")).isCloseTo(0.5, within(0.01));
    assertThat(shares.get("two")).isCloseTo(0.25, within(0.01));
    assertThat(shares.get("three")).isCloseTo(0.25, within(0.01));
  }

  static Stream<Arguments> withoutHeaders() {
    return Stream.of(
        Arguments.of("{exact: jason}", "jason", 200),
        Arguments.of("{exact: jason}", "not-jason", 403),
        Arguments.of("{exact: jason}", null, 403),
        Arguments.of("{regex: \"*\"}", "value", 200),
        Arguments.of("{regex: \"*\"}", "", 200),
        Arguments.of("{regex: \"*\"}", null, 403),
        Arguments.of("{regex: .*}", "value", 200),
        Arguments.of("{regex: .*}", "", 200),
        Arguments.of("{regex: .*}", null, 200));
  }

  @ParameterizedTest(name = "withoutHeaders end-user {0}, header {1} -> {2}")
  @MethodSource("withoutHeaders")
  void withoutHeadersTreatsAMissingHeaderAsEmptyExceptForPresenceChecks(String matcher, String value, int status) {
    RouteTable table = table("""
        - match:
          - withoutHeaders: {end-user: %s}
          directResponse: {status: 403}
        - route:
          - destination: {host: b}
        """.formatted(matcher));
    SimpleRequest.Builder request = request(GW, "a");
    if (value != null) {
      request.header("end-user", value);
    }
    RouteDecision decision = decide(table, request);
    assertThat(decision instanceof RouteDecision.DirectResponse direct ? direct.status() : 200).isEqualTo(status);
  }

  @Test
  void gatewayWithoutVirtualServiceAnswersNoRoute() {
    RouteTable table = fromYaml(GATEWAY);
    RouteDecision decision = decide(table, request(GW, "foo.bar"));
    assertThat(decision).isInstanceOfSatisfying(NoRoute.class,
        none -> assertThat(none.reason()).isEqualTo(NoRouteReason.NO_VIRTUAL_HOST));
  }

  @Test
  void queryParamsMatchExactEmptyPresenceAndFullRegex() {
    RouteTable table = table("""
        - match: [{queryParams: {flag: {exact: ""}}}]
          directResponse: {status: 201}
        - match: [{queryParams: {id: {regex: "\\\\d+"}}}]
          directResponse: {status: 202}
        """);
    assertThat(status(table, "/?flag")).isEqualTo(201);
    assertThat(status(table, "/?a=1&flag=")).isEqualTo(201);
    assertThat(status(table, "/?id=123")).isEqualTo(202);
    assertThat(status(table, "/?id=a123")).isEqualTo(404);
    assertThat(status(table, "/?id=123a")).isEqualTo(404);
  }

  @Test
  void uriMatchesIgnoreTheQueryAndIgnoreUriCaseAppliesToPrefixes() {
    RouteTable table = table("""
        - match: [{uri: {prefix: /API}, ignoreUriCase: true}]
          directResponse: {status: 201}
        - match: [{uri: {exact: /exact}}]
          directResponse: {status: 202}
        """);
    assertThat(status(table, "/api/v1?x=1")).isEqualTo(201);
    assertThat(status(table, "/exact?x=1")).isEqualTo(202);
    assertThat(status(table, "/EXACT")).isEqualTo(404);
  }

  @Test
  void forwardCarriesMirrorsTimeoutRetriesAndOnlyTheChosenDestinationsHeaders() {
    RouteTable table = table("""
        - timeout: 5s
          retries: {attempts: 3, retryOn: "5xx"}
          mirror: {host: shadow}
          mirrorPercentage: {value: 12.5}
          headers: {request: {add: {istio-custom-header: user-defined-value}}}
          route:
          - destination: {host: b, subset: one}
            weight: 100
            headers: {request: {set: {x-chosen: one}}}
          - destination: {host: b, subset: two}
            weight: 0
            headers: {request: {set: {x-chosen: two}}}
        """);
    Forward decision = forward(table, request(GW, "a"));
    assertThat(decision.destination().subset()).isEqualTo("one");
    assertThat(decision.policy().timeout()).isEqualTo("5s");
    assertThat(decision.policy().retries().attempts()).isEqualTo(3);
    assertThat(decision.policy().mirrors()).containsExactly(
        new Mirror(new Target(new io.aviary.model.istio.HostName("shadow.default.svc.cluster.local"), null, null), 12.5));
    assertThat(decision.policy().routeHeaders().request().add()).containsEntry("istio-custom-header", "user-defined-value");
    assertThat(decision.policy().destinationHeaders().request().set()).containsExactly(Map.entry("x-chosen", "one"));
  }

  @Test
  void directResponseAnswersWithItsStatusAndBody() {
    RouteTable table = table("""
        - directResponse: {status: 503, body: {string: "down for maintenance"}}
        """);
    assertThat(decide(table, request(GW, "a")))
        .isEqualTo(new RouteDecision.DirectResponse(new RouteRef(vsId(), 0, null), 503, "down for maintenance"));
  }

  static int status(RouteTable table, String path) {
    return switch (decide(table, request(GW, "a").path(path))) {
      case RouteDecision.DirectResponse direct -> direct.status();
      case NoRoute none -> none.status();
      default -> 200;
    };
  }

  static io.aviary.model.ResourceId vsId() {
    return new io.aviary.model.ResourceId("VirtualService", "default", "vs");
  }
}
