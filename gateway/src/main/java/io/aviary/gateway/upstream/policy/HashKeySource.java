package io.aviary.gateway.upstream.policy;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What part of a request a consistent-hash balancer hashes: DestinationRule {@code consistentHash}'s one-of. */
public sealed interface HashKeySource {

  /** {@code httpHeaderName}: the header's value; requests without it are balanced randomly. */
  record Header(String name) implements HashKeySource {}

  /**
   * {@code httpCookie}: the cookie's value. When the cookie is absent and {@code ttl} is set, the proxy issues
   * one (a zero ttl means a session cookie) and the hash uses the issued value; without a ttl, requests without
   * the cookie are balanced randomly.
   */
  record Cookie(String name, String path, @Nullable Duration ttl) implements HashKeySource {
    public boolean generatesWhenAbsent() {
      return ttl != null;
    }
  }

  /** {@code httpQueryParameterName}: the query parameter's value. */
  record QueryParameter(String name) implements HashKeySource {}

  /** {@code useSourceIp}: the downstream peer's address. */
  record SourceIp() implements HashKeySource {}
}
