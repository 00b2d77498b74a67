package io.aviary.adapters.http;

import java.net.URI;

/**
 * A URL as it may be shown: {@code scheme://host:port/path}. Webhook and metrics URLs often carry credentials in
 * their query ({@code ?token=...}) or user info ({@code user:password@}), and results end up in status, events and
 * logs, so both are dropped.
 */
public final class RedactedUrl {

  private RedactedUrl() {}

  public static String of(URI uri) {
    StringBuilder shown = new StringBuilder();
    if (uri.getScheme() != null) {
      shown.append(uri.getScheme()).append("://");
    }
    if (uri.getHost() != null) {
      shown.append(uri.getHost());
    }
    if (uri.getPort() != -1) {
      shown.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      shown.append(uri.getRawPath());
    }
    return shown.toString();
  }
}
