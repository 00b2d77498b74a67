package io.aviary.gateway.upstream.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aviary.gateway.upstream.policy.LoadBalancerSettings.Algorithm;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrafficPolicyResolverTest {

  static DestinationRule rule(String spec) {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: dr, namespace: default}
        spec:
        """ + spec.indent(2);
    LoadResult result = new ManifestLoader("default").loadText(yaml, "dr.yaml");
    assertThat(result.errors()).isEmpty();
    return result.resources().destinationRules().getFirst();
  }

  @Test
  void noDestinationRuleMeansLeastRequestNoLimitsAndNoEjection() {
    EffectivePolicy policy = TrafficPolicyResolver.resolve(null, "", 80);

    assertThat(policy.loadBalancer()).isEqualTo(new LoadBalancerSettings.Simple(Algorithm.LEAST_REQUEST));
    assertThat(policy.connectionLimits().maxRequests()).isEqualTo(4_294_967_295L);
    assertThat(policy.outlierDetection()).isInstanceOf(OutlierSettings.Disabled.class);
  }

  @Test
  void subsetLoadBalancerOverridesTheTopLevelOneWhileOtherFieldsAreInherited() {
    DestinationRule rule = rule("""
        host: next-service
        trafficPolicy:
          loadBalancer: {simple: ROUND_ROBIN}
          connectionPool: {http: {http2MaxRequests: 7}}
        subsets:
        - name: v1
          labels: {version: v1}
        - name: v2
          labels: {version: v2}
          trafficPolicy:
            loadBalancer: {consistentHash: {httpCookie: {name: user, ttl: 0s}}}
        """);

    EffectivePolicy v1 = TrafficPolicyResolver.resolve(rule, "v1", 80);
    EffectivePolicy v2 = TrafficPolicyResolver.resolve(rule, "v2", 80);

    assertThat(v1.loadBalancer()).isEqualTo(new LoadBalancerSettings.Simple(Algorithm.ROUND_ROBIN));
    assertThat(v2.loadBalancer()).isEqualTo(new LoadBalancerSettings.ConsistentHash(
        new HashKeySource.Cookie("user", "", Duration.ZERO), 1024));
    assertThat(v2.connectionLimits().maxRequests()).isEqualTo(7);
  }

  @Test
  void portLevelSettingsApplyOnlyToTheirPort() {
    DestinationRule rule = rule("""
        host: next-service
        trafficPolicy:
          loadBalancer: {simple: RANDOM}
          portLevelSettings:
          - port: {number: 8080}
            loadBalancer: {consistentHash: {httpHeaderName: x-user, ringHash: {minimumRingSize: 64}}}
        """);

    assertThat(TrafficPolicyResolver.resolve(rule, "", 80).loadBalancer())
        .isEqualTo(new LoadBalancerSettings.Simple(Algorithm.RANDOM));
    assertThat(TrafficPolicyResolver.resolve(rule, "", 8080).loadBalancer())
        .isEqualTo(new LoadBalancerSettings.ConsistentHash(new HashKeySource.Header("x-user"), 64));
  }

  @Test
  void outlierDetectionGetsEnvoyDefaultsWhenPresent() {
    DestinationRule rule = rule("""
        host: next-service
        trafficPolicy:
          outlierDetection: {baseEjectionTime: 1m}
        """);

    OutlierSettings settings = TrafficPolicyResolver.resolve(rule, "", 80).outlierDetection();

    assertThat(settings).isEqualTo(new OutlierSettings.Enabled(
        5, 0, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofSeconds(300), 10, 0));
  }

  @Test
  void zeroConnectionPoolValuesMeanUnset() {
    DestinationRule rule = rule("""
        host: next-service
        trafficPolicy:
          connectionPool:
            tcp: {maxConnections: 0}
            http: {http1MaxPendingRequests: 3, maxRetries: 0, maxRequestsPerConnection: 1}
        """);

    ConnectionLimits limits = TrafficPolicyResolver.resolve(rule, "", 80).connectionLimits();

    assertThat(limits).isEqualTo(new ConnectionLimits(
        ConnectionLimits.UNLIMITED, 3, ConnectionLimits.UNLIMITED, ConnectionLimits.UNLIMITED, 1));
  }

  @Test
  void durationsParseGoStyleAndRejectGarbageNamingTheField() {
    assertThat(IstioDuration.parse("f", "1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(IstioDuration.parse("f", "1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(IstioDuration.parse("f", "100ms")).isEqualTo(Duration.ofMillis(100));
    assertThatThrownBy(() -> IstioDuration.parse("outlierDetection.interval", "ten"))
        .hasMessage("outlierDetection.interval: \"ten\" (expected: a duration such as 10s, 1.5s, 100ms or 1h30m)");
  }
}
