package io.aviary.routing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable {@link RequestView} over a map of lower-cased header names. Build it with {@link #builder}; a
 * header given twice is joined with {@code ,}, as Envoy joins repeated headers before matching.
 */
public record SimpleRequest(
    ProxyRef proxy,
    String authority,
    @Nullable Integer port,
    String method,
    String scheme,
    String path,
    Map<String, String> headers)
    implements RequestView {

  public SimpleRequest {
    headers = Map.copyOf(headers);
  }

  @Override
  public @Nullable String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }

  public static Builder builder(ProxyRef proxy, String authority) {
    return new Builder(proxy, authority);
  }

  /** Defaults: {@code GET http /}, no port, no headers. */
  public static final class Builder {
    private final ProxyRef proxy;
    private final String authority;
    private @Nullable Integer port;
    private String method = "GET";
    private String scheme = "http";
    private String path = "/";
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(ProxyRef proxy, String authority) {
      this.proxy = proxy;
      this.authority = authority;
    }

    public Builder port(@Nullable Integer value) {
      this.port = value;
      return this;
    }

    public Builder method(String value) {
      this.method = value;
      return this;
    }

    public Builder scheme(String value) {
      this.scheme = value;
      return this;
    }

    public Builder path(String value) {
      this.path = value;
      return this;
    }

    /** Adds a header; the name is case-insensitive, a repeated name appends {@code ,value}. */
    public Builder header(String name, String value) {
      headers.merge(name.toLowerCase(Locale.ROOT), value, (first, next) -> first + "," + next);
      return this;
    }

    public SimpleRequest build() {
      return new SimpleRequest(proxy, authority, port, method, scheme, path, headers);
    }
  }
}
