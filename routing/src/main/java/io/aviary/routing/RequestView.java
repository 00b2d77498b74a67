package io.aviary.routing;

import org.jspecify.annotations.Nullable;

/**
 * What routing reads from a request. An interface so that the gateway can wrap its own header structure
 * without copying; {@link SimpleRequest} is the immutable implementation for the CLI and tests.
 */
public interface RequestView {

  /** The {@code Host} header / {@code :authority} exactly as sent, possibly with {@code :port}. */
  String authority();

  /** The listener port the request arrived on, or {@code null} when unknown (a gateway's first port is used). */
  @Nullable Integer port();

  /** The method, case-sensitive as sent ({@code GET}). */
  String method();

  /** {@code http} or {@code https}. */
  String scheme();

  /** The request target: path with the query string, if any ({@code /a/b?x=1}). */
  String path();

  /**
   * The value of a header by lower-case name, several values joined with {@code ,} as Envoy presents them;
   * {@code null} when the request does not carry it.
   */
  @Nullable String header(String lowerCaseName);

  /** The gateway or sidecar that routes this request. */
  ProxyRef proxy();
}
