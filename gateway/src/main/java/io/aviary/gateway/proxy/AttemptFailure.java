package io.aviary.gateway.proxy;

/** Why an upstream attempt ended without a response the client could be given. */
enum AttemptFailure {
  /** The TCP connection could not be established: Envoy's {@code UF}, retried on {@code connect-failure}. */
  CONNECT_FAILURE,
  /** The connection broke before a complete response head: {@code UC}, retried on {@code reset}. */
  RESET,
  /**
   * A pooled keep-alive connection turned out closed by the upstream before it read the request: retried once
   * on a fresh connection whatever the policy, since the upstream never saw the request.
   */
  BROKEN_REUSED_CONNECTION,
  /** {@code perTryTimeout} elapsed: retried on {@code 5xx} or {@code gateway-error}, else 504 {@code UT}. */
  PER_TRY_TIMEOUT,
  /** No idle connection and the cluster's {@code maxConnections} is reached: 503 {@code UO}, not retried. */
  OVERFLOW
}
