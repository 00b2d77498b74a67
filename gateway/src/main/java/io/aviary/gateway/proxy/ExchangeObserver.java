package io.aviary.gateway.proxy;

/**
 * Told about every exchange when it ends (telemetry, access log). Called on the event loop: implementations
 * must be cheap and must not block.
 */
@FunctionalInterface
public interface ExchangeObserver {

  void completed(CompletedExchange exchange);

  /**
   * A mirrored (shadow) copy of a request ended. Istio produces metrics for the mirror destination, but the
   * shadow is no request of the client's: access logs ignore it, which is why it has its own method.
   */
  default void mirrored(CompletedExchange shadow) {}

  ExchangeObserver NONE = exchange -> {};

  default ExchangeObserver andThen(ExchangeObserver next) {
    ExchangeObserver first = this;
    return new ExchangeObserver() {
      @Override
      public void completed(CompletedExchange exchange) {
        first.completed(exchange);
        next.completed(exchange);
      }

      @Override
      public void mirrored(CompletedExchange shadow) {
        first.mirrored(shadow);
        next.mirrored(shadow);
      }
    };
  }
}
