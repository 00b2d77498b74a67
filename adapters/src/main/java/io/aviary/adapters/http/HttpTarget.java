package io.aviary.adapters.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Parses a user's URL as an absolute {@code http} or {@code https} URL with a host, the only kind the adapters call. */
public final class HttpTarget {

  private HttpTarget() {}

  /** The URI {@code text} denotes, or empty when it is not an absolute http(s) URL with a host. */
  public static Optional<URI> parse(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return Optional.empty();
    }
    return Optional.of(uri);
  }
}
