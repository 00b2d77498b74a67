package io.aviary.adapters.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Parses a user's URL: the adapters call only absolute {@code http} and {@code https} URLs with a host. */
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
