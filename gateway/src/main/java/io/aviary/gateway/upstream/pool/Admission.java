package io.aviary.gateway.upstream.pool;

/** The answer of {@link CircuitBreakers#tryAcquire}: go ahead holding a permit, or overflow. */
public sealed interface Admission {

  /** Admitted; release the permit exactly when the connection, wait, request or retry ends. */
  record Admitted(Permit permit) implements Admission {}

  /**
   * The limit is reached. For requests and retries the proxy answers 503 with flag {@code UO}; for a
   * connection it keeps the request pending (which may then overflow the pending limit), as Envoy does.
   */
  record Overflow(PoolResource resource, long limit) implements Admission {}
}
