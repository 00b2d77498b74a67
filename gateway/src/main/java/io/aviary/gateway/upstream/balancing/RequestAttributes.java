package io.aviary.gateway.upstream.balancing;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a request a consistent-hash balancer may key on. The proxy implements it over its own request
 * object so that nothing is copied; each method is called at most once per pick, and only for the configured
 * hash key.
 */
public interface RequestAttributes {

  /** Attributes of a request with none of the keys, e.g. for balancers that ignore the request. */
  RequestAttributes NONE = new RequestAttributes() {
    @Override
    public @Nullable String header(String name) {
      return null;
    }

    @Override
    public @Nullable String cookie(String name) {
      return null;
    }

    @Override
    public @Nullable String queryParameter(String name) {
      return null;
    }

    @Override
    public @Nullable String sourceAddress() {
      return null;
    }
  };

  /** The first value of header {@code name} (matched case-insensitively), or {@code null}. */
  @Nullable String header(String name);

  /** The value of the request cookie {@code name}, or {@code null}. */
  @Nullable String cookie(String name);

  /** The first value of query parameter {@code name} (decoded), or {@code null}. */
  @Nullable String queryParameter(String name);

  /** The downstream peer's IP address as text, or {@code null} when unknown. */
  @Nullable String sourceAddress();
}
