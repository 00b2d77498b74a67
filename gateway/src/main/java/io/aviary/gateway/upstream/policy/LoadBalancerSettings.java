package io.aviary.gateway.upstream.policy;

import io.aviary.model.istio.TrafficPolicy;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A cluster's load-balancing algorithm: DestinationRule {@code loadBalancer} with Istio's default applied. */
public sealed interface LoadBalancerSettings {

  /** Istio's default when {@code loadBalancer} or {@code simple} is unset ({@code UNSPECIFIED}). */
  LoadBalancerSettings DEFAULT = new Simple(Algorithm.LEAST_REQUEST);

  /** Envoy's {@code minimum_ring_size} default. */
  int DEFAULT_MINIMUM_RING_SIZE = 1024;

  enum Algorithm {
    LEAST_REQUEST,
    ROUND_ROBIN,
    RANDOM,
    /** Original destination; the embedded gateway has none and treats it as an error at pick time. */
    PASSTHROUGH
  }

  /** {@code loadBalancer.simple}. */
  record Simple(Algorithm algorithm) implements LoadBalancerSettings {}

  /** {@code loadBalancer.consistentHash}; Maglev is served by the ring too (same stickiness contract). */
  record ConsistentHash(HashKeySource key, int minimumRingSize) implements LoadBalancerSettings {
    public ConsistentHash {
      if (minimumRingSize < 1) {
        throw new IllegalArgumentException("minimumRingSize: " + minimumRingSize + " (expected: >= 1)");
      }
    }
  }

  /** The settings a DestinationRule's {@code loadBalancer} asks for; {@link #DEFAULT} when it is unset. */
  static LoadBalancerSettings from(TrafficPolicy.@Nullable LoadBalancer loadBalancer) {
    if (loadBalancer == null) {
      return DEFAULT;
    }
    if (loadBalancer.consistentHash() != null) {
      return consistentHash(loadBalancer.consistentHash());
    }
    return simple(loadBalancer.simple());
  }

  private static LoadBalancerSettings simple(@Nullable String simple) {
    String name = simple == null ? "UNSPECIFIED" : simple.toUpperCase(Locale.ROOT);
    return switch (name) {
      case "UNSPECIFIED", "LEAST_REQUEST", "LEAST_CONN" -> DEFAULT;
      case "ROUND_ROBIN" -> new Simple(Algorithm.ROUND_ROBIN);
      case "RANDOM" -> new Simple(Algorithm.RANDOM);
      case "PASSTHROUGH" -> new Simple(Algorithm.PASSTHROUGH);
      default -> throw new IllegalArgumentException("loadBalancer.simple: " + simple
          + " (expected: UNSPECIFIED, LEAST_REQUEST, LEAST_CONN, ROUND_ROBIN, RANDOM or PASSTHROUGH)");
    };
  }

  private static ConsistentHash consistentHash(TrafficPolicy.ConsistentHash hash) {
    return new ConsistentHash(hashKey(hash), minimumRingSize(hash));
  }

  private static HashKeySource hashKey(TrafficPolicy.ConsistentHash hash) {
    if (hash.httpHeaderName() != null) {
      return new HashKeySource.Header(hash.httpHeaderName());
    }
    TrafficPolicy.HttpCookie cookie = hash.httpCookie();
    if (cookie != null) {
      if (cookie.name() == null || cookie.name().isBlank()) {
        throw new IllegalArgumentException("consistentHash.httpCookie.name: missing (expected: a cookie name)");
      }
      Duration ttl = cookie.ttl() == null ? null : IstioDuration.parse("consistentHash.httpCookie.ttl", cookie.ttl());
      return new HashKeySource.Cookie(cookie.name(), cookie.path() == null ? "" : cookie.path(), ttl);
    }
    if (hash.httpQueryParameterName() != null) {
      return new HashKeySource.QueryParameter(hash.httpQueryParameterName());
    }
    if (Boolean.TRUE.equals(hash.useSourceIp())) {
      return new HashKeySource.SourceIp();
    }
    throw new IllegalArgumentException("consistentHash: no hash key (expected: one of httpHeaderName, "
        + "httpCookie, httpQueryParameterName, useSourceIp)");
  }

  private static int minimumRingSize(TrafficPolicy.ConsistentHash hash) {
    if (hash.ringHash() instanceof Map<?, ?> ring && ring.get("minimumRingSize") instanceof Number size) {
      return Math.toIntExact(size.longValue());
    }
    Long deprecated = hash.minimumRingSize();
    return deprecated != null && deprecated > 0 ? Math.toIntExact(deprecated) : DEFAULT_MINIMUM_RING_SIZE;
  }
}
