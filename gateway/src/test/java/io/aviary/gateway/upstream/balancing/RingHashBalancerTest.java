package io.aviary.gateway.upstream.balancing;

import static io.aviary.gateway.upstream.balancing.TestEndpoints.equal;
import static io.aviary.gateway.upstream.balancing.TestEndpoints.seeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.policy.HashKeySource;
import io.aviary.gateway.upstream.policy.LoadBalancerSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RingHashBalancerTest {

  static final int KEYS = 20_000;

  record Request(Map<String, String> headers, Map<String, String> cookies, @Nullable String source)
      implements RequestAttributes {
    static Request withHeader(String name, String value) {
      return new Request(Map.of(name, value), Map.of(), null);
    }

    @Override
    public @Nullable String header(String name) {
      return headers.get(name);
    }

    @Override
    public @Nullable String cookie(String name) {
      return cookies.get(name);
    }

    @Override
    public @Nullable String queryParameter(String name) {
      return null;
    }

    @Override
    public @Nullable String sourceAddress() {
      return source;
    }
  }

  static LoadBalancer ring(HashKeySource key, List<Endpoint> endpoints) {
    return LoadBalancer.create(
        new LoadBalancerSettings.ConsistentHash(key, 1024), endpoints, new ActiveRequests(endpoints.size()), seeded(7));
  }

  static String owner(LoadBalancer balancer, RequestAttributes request, IntPredicate eligible) {
    return ((Pick.Chosen) balancer.pick(request, eligible)).endpoint().target().authority();
  }

  @Test
  void sameHeaderValueAlwaysLandsOnTheSameEndpoint() {
    LoadBalancer balancer = ring(new HashKeySource.Header("x-user"), equal(5));

    String first = owner(balancer, Request.withHeader("x-user", "alice"), e -> true);

    for (int i = 0; i < 100; i++) {
      assertThat(owner(balancer, Request.withHeader("x-user", "alice"), e -> true)).isEqualTo(first);
    }
  }

  @Test
  void keysSpreadEvenlyOverEqualEndpoints() {
    LoadBalancer balancer = ring(new HashKeySource.Header("x-user"), equal(4));
    int[] counts = new int[4];

    for (int k = 0; k < KEYS; k++) {
      counts[((Pick.Chosen) balancer.pick(Request.withHeader("x-user", "user-" + k), e -> true)).index()]++;
    }

    for (int count : counts) {
      assertThat(count / (double) KEYS).isCloseTo(0.25, within(0.05));
    }
  }

  @Test
  void ejectingOneOfTenEndpointsRemapsOnlyTheKeysItOwned() {
    LoadBalancer balancer = ring(new HashKeySource.Header("x-user"), equal(10));
    int moved = 0;

    for (int k = 0; k < KEYS; k++) {
      Request request = Request.withHeader("x-user", "user-" + k);
      String before = owner(balancer, request, e -> true);
      String after = owner(balancer, request, e -> e != 3);
      if (!before.equals(after)) {
        moved++;
        assertThat(before).isEqualTo("10.0.0.3:8080");
      }
    }

    assertThat(moved / (double) KEYS).isCloseTo(0.1, within(0.03));
  }

  @Test
  void removingOneOfTenEndpointsFromTheConfigRemapsAboutATenth() {
    List<Endpoint> ten = equal(10);
    LoadBalancer before = ring(new HashKeySource.Header("x-user"), ten);
    LoadBalancer after = ring(new HashKeySource.Header("x-user"), ten.subList(0, 9));
    int moved = 0;

    for (int k = 0; k < KEYS; k++) {
      Request request = Request.withHeader("x-user", "user-" + k);
      if (!owner(before, request, e -> true).equals(owner(after, request, e -> true))) {
        moved++;
      }
    }

    assertThat(moved / (double) KEYS).isCloseTo(0.1, within(0.03));
  }

  @Test
  void absentCookieWithTtlIsIssuedAndTheIssuedValueIsSticky() {
    LoadBalancer balancer = ring(new HashKeySource.Cookie("session", "/", Duration.ofHours(1)), equal(5));

    Pick.Chosen first = (Pick.Chosen) balancer.pick(new Request(Map.of(), Map.of(), null), e -> true);

    assertThat(first.cookie()).isNotNull();
    assertThat(first.cookie().name()).isEqualTo("session");
    assertThat(first.cookie().path()).isEqualTo("/");
    assertThat(first.cookie().ttl()).isEqualTo(Duration.ofHours(1));
    Request returning = new Request(Map.of(), Map.of("session", first.cookie().value()), null);
    Pick.Chosen next = (Pick.Chosen) balancer.pick(returning, e -> true);
    assertThat(next.index()).isEqualTo(first.index());
    assertThat(next.cookie()).isNull();
  }

  @Test
  void absentCookieWithoutTtlIsBalancedWithoutIssuingOne() {
    LoadBalancer balancer = ring(new HashKeySource.Cookie("session", "", null), equal(5));

    Pick.Chosen pick = (Pick.Chosen) balancer.pick(new Request(Map.of(), Map.of(), null), e -> true);

    assertThat(pick.cookie()).isNull();
  }

  @Test
  void sourceIpKeysStickPerClient() {
    LoadBalancer balancer = ring(new HashKeySource.SourceIp(), equal(5));
    Request client = new Request(Map.of(), Map.of(), "192.0.2.10");

    assertThat(owner(balancer, client, e -> true)).isEqualTo(owner(balancer, client, e -> true));
  }

  @Test
  void heavierEndpointsOwnProportionallyMoreOfTheRing() {
    LoadBalancer balancer = ring(new HashKeySource.Header("x-user"), TestEndpoints.weighted(1, 3));
    int heavy = 0;

    for (int k = 0; k < KEYS; k++) {
      heavy += ((Pick.Chosen) balancer.pick(Request.withHeader("x-user", "u" + k), e -> true)).index();
    }

    assertThat(heavy / (double) KEYS).isCloseTo(0.75, within(0.06));
  }

  @Test
  void ringHoldsBetweenOneAndTwoTimesTheMinimumSize() {
    assertThat(HashRing.build(equal(10), 1024).size()).isEqualTo(1280);
    assertThat(HashRing.build(equal(9), 1024).size()).isEqualTo(1152);
    assertThat(HashRing.build(equal(3), 16).size()).isEqualTo(24);
  }
}
