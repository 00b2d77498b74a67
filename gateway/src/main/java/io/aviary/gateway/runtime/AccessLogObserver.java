package io.aviary.gateway.runtime;

import io.aviary.gateway.proxy.CompletedExchange;
import io.aviary.gateway.proxy.ExchangeObserver;
import io.aviary.gateway.proxy.ResponseFlags;
import io.aviary.gateway.proxy.UpstreamEndpoint;
import io.aviary.gateway.telemetry.accesslog.AccessLogEntry;
import io.aviary.gateway.telemetry.accesslog.AccessLogWriter;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code aviary run --access-log}: one line per client request in Istio's default text format. Builds the
 * entry on the event loop (a handful of field copies) and hands it to the {@link AccessLogWriter}, which
 * formats and writes on its own thread and drops rather than blocks when the sink falls behind. Mirrored
 * shadows are not logged, as Envoy does not log them either. Thread-safe.
 */
final class AccessLogObserver implements ExchangeObserver {

  private final AccessLogWriter writer;
  private final Supplier<CompiledConfig> current;

  AccessLogObserver(AccessLogWriter writer, Supplier<CompiledConfig> current) {
    this.writer = writer;
    this.current = current;
  }

  @Override
  public void completed(CompletedExchange exchange) {
    writer.log(entryFor(exchange));
  }

  private AccessLogEntry entryFor(CompletedExchange exchange) {
    UpstreamEndpoint endpoint = exchange.endpoint();
    return new AccessLogEntry(
        Instant.ofEpochMilli(exchange.startEpochMillis()),
        exchange.method(),
        exchange.path(),
        exchange.protocol(),
        exchange.responseCode(),
        exchange.responseFlags(),
        details(exchange),
        null,
        null,
        exchange.requestBytes(),
        exchange.responseBytes(),
        exchange.durationNanos() / 1_000_000,
        null,
        exchange.forwardedFor(),
        exchange.userAgent(),
        exchange.requestId(),
        exchange.authority(),
        endpoint == null ? null : endpoint.hostPort(),
        exchange.target() == null ? null : current.get().chooser().clusterName(exchange.target()),
        null,
        exchange.downstreamLocalAddress(),
        exchange.downstreamRemoteAddress(),
        null,
        exchange.route() == null ? null : exchange.route().name());
  }

  /** Envoy's {@code %RESPONSE_CODE_DETAILS%} for an upstream answer; local replies leave it to the flags. */
  private static @Nullable String details(CompletedExchange exchange) {
    boolean upstreamAnswered = exchange.endpoint() != null && exchange.responseCode() > 0
        && (exchange.responseFlags().equals(ResponseFlags.NONE)
            || exchange.responseFlags().equals(ResponseFlags.DELAY_INJECTED));
    return upstreamAnswered ? "via_upstream" : null;
  }
}
