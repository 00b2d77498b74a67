package io.aviary.gateway.proxy;

/**
 * Told about every exchange when it ends (telemetry, access log). Called on the event loop: implementations
 * must be cheap and must not block.
 */
@FunctionalInterface
public interface ExchangeObserver {

  void completed(CompletedExchange exchange);

  ExchangeObserver NONE = exchange -> {};

  default ExchangeObserver andThen(ExchangeObserver next) {
    return exchange -> {
      completed(exchange);
      next.completed(exchange);
    };
  }
}
