package io.aviary.embedded.driver;

import io.aviary.controller.port.MetricsProvider;
import io.aviary.controller.port.WebhookCaller;
import io.aviary.embedded.state.StateDirectory;
import io.aviary.embedded.traffic.TrafficIntents;
import io.aviary.gateway.telemetry.subset.SubsetTelemetry;
import io.aviary.store.ConfigStore;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every canary's driver shares: the store it reads and writes, the intents, the state directory, the
 * gateway's telemetry, the ports for templated metrics and webhooks, the clock, where webhook calls run, and the
 * log.
 */
public record DriverContext(
    ConfigStore store,
    TrafficIntents intents,
    StateDirectory state,
    SubsetTelemetry telemetry,
    MetricsProvider templatedMetrics,
    WebhookCaller webhooks,
    Clock clock,
    Executor webhookExecutor,
    Consumer<String> log) {}
