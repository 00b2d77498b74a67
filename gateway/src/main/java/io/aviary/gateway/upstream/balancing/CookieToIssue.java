package io.aviary.gateway.upstream.balancing;

import java.time.Duration;

/**
 * A cookie the proxy must set on the response because the consistent-hash cookie was absent: the pick already
 * hashed {@link #value}, so the client's next request with it lands on the same endpoint.
 *
 * @param ttl {@code Max-Age}; zero means a session cookie (no {@code Max-Age})
 * @param path the cookie's {@code Path}, empty when none was configured
 */
public record CookieToIssue(String name, String value, String path, Duration ttl) {

  public boolean isSessionCookie() {
    return ttl.isZero();
  }
}
