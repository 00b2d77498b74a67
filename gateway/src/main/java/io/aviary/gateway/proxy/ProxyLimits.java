package io.aviary.gateway.proxy;

/**
 * Limits that protect the proxy from clients and upstreams; defaults follow Envoy's where it has them.
 *
 * @param maxInitialLineLength longest request line (method, URI, version) accepted, else 414
 * @param maxRequestHeaderBytes total request header size, else 431 (Envoy: 60 KiB)
 * @param maxRequestHeaderCount header count, else 431 (Envoy: 100)
 * @param maxRequestBodyBytes 0 for unlimited; else larger bodies get 413
 * @param requestHeadersTimeoutMillis time a client has to send a complete request head (slowloris)
 * @param idleTimeoutMillis a connection with no request in flight for this long is closed (Envoy: 1 h)
 * @param retryBufferBytes how much of a request body is kept to replay on a retry; larger bodies are not retried
 */
public record ProxyLimits(
    int maxInitialLineLength,
    int maxRequestHeaderBytes,
    int maxRequestHeaderCount,
    long maxRequestBodyBytes,
    int maxResponseHeaderBytes,
    long requestHeadersTimeoutMillis,
    long idleTimeoutMillis,
    int upstreamConnectTimeoutMillis,
    int maxIdleUpstreamConnectionsPerEndpoint,
    int retryBufferBytes) {

  /** These limits with another request body limit ({@code aviary run --max-request-body}); 0 for unlimited. */
  public ProxyLimits withMaxRequestBodyBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("maxRequestBodyBytes: " + bytes + " (expected: >= 0)");
    }
    return new ProxyLimits(maxInitialLineLength, maxRequestHeaderBytes, maxRequestHeaderCount, bytes,
        maxResponseHeaderBytes, requestHeadersTimeoutMillis, idleTimeoutMillis, upstreamConnectTimeoutMillis,
        maxIdleUpstreamConnectionsPerEndpoint, retryBufferBytes);
  }

  /** These limits with another idle timeout for client connections and tunnels. */
  public ProxyLimits withIdleTimeoutMillis(long millis) {
    if (millis <= 0) {
      throw new IllegalArgumentException("idleTimeoutMillis: " + millis + " (expected: > 0)");
    }
    return new ProxyLimits(maxInitialLineLength, maxRequestHeaderBytes, maxRequestHeaderCount, maxRequestBodyBytes,
        maxResponseHeaderBytes, requestHeadersTimeoutMillis, millis, upstreamConnectTimeoutMillis,
        maxIdleUpstreamConnectionsPerEndpoint, retryBufferBytes);
  }

  public static ProxyLimits defaults() {
    return new ProxyLimits(16 * 1024, 60 * 1024, 100, 0, 60 * 1024, 10_000, 3_600_000, 10_000, 1024, 64 * 1024);
  }
}
