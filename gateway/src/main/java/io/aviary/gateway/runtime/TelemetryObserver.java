package io.aviary.gateway.runtime;

import io.aviary.gateway.proxy.CompletedExchange;
import io.aviary.gateway.proxy.ExchangeObserver;
import io.aviary.gateway.telemetry.EndpointTelemetry;
import java.util.function.Supplier;

/**
 * Records each completed exchange in Istio's metrics and the per-subset view: through the endpoint's handle
 * when one was chosen, the routed cluster's "unreached" handle when none could be, else as unrouted.
 */
final class TelemetryObserver implements ExchangeObserver {

  private final Supplier<CompiledConfig> current;
  private final TelemetryBinding binding;

  TelemetryObserver(Supplier<CompiledConfig> current, TelemetryBinding binding) {
    this.current = current;
    this.binding = binding;
  }

  @Override
  public void completed(CompletedExchange exchange) {
    handleFor(exchange).record(exchange.responseCode(), exchange.responseFlags(), exchange.durationMillis(),
        exchange.requestBytes(), exchange.responseBytes());
  }

  /** Istio produces metrics for the mirror destination too: the shadow counts like any request to it. */
  @Override
  public void mirrored(CompletedExchange shadow) {
    completed(shadow);
  }

  private EndpointTelemetry handleFor(CompletedExchange exchange) {
    if (exchange.endpoint() != null && exchange.endpoint().identity() instanceof EndpointTelemetry handle) {
      return handle;
    }
    if (exchange.target() != null) {
      EndpointTelemetry unreached = current.get().chooser().unreached(exchange.target());
      if (unreached != null) {
        return unreached;
      }
    }
    return binding.forUnrouted(exchange.authority());
  }
}
