package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.policy.HashKeySource;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request's hash key as the DestinationRule's {@code consistentHash} names it. An absent key leaves the
 * request unhashed (it is balanced randomly, as Envoy does), except an absent cookie with a {@code ttl}: then a
 * fresh value is generated, hashed, and handed back as a {@link CookieToIssue} for the proxy to set.
 */
final class RequestHasher {

  private final HashKeySource source;
  private final RandomSource random;

  RequestHasher(HashKeySource source, RandomSource random) {
    this.source = source;
    this.random = random;
  }

  RequestHash hash(RequestAttributes request) {
    String value = switch (source) {
      case HashKeySource.Header header -> request.header(header.name());
      case HashKeySource.Cookie cookie -> request.cookie(cookie.name());
      case HashKeySource.QueryParameter parameter -> request.queryParameter(parameter.name());
      case HashKeySource.SourceIp ignored -> request.sourceAddress();
    };
    if (value != null) {
      return new RequestHash.Hashed(KeyHash.of(value), null);
    }
    if (source instanceof HashKeySource.Cookie cookie && cookie.ttl() != null) {
      return issued(cookie, cookie.ttl());
    }
    return new RequestHash.Unhashed();
  }

  private RequestHash issued(HashKeySource.Cookie cookie, Duration ttl) {
    String generated = HexFormat.of().toHexDigits(random.current().nextLong());
    return new RequestHash.Hashed(KeyHash.of(generated), new CookieToIssue(cookie.name(), generated, cookie.path(), ttl));
  }

  /** A request's position on the ring, or none. */
  sealed interface RequestHash {
    record Hashed(long hash, @Nullable CookieToIssue cookie) implements RequestHash {}

    record Unhashed() implements RequestHash {}
  }
}
