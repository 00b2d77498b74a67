package io.aviary.embedded.runtime;

import io.aviary.controller.port.MetricsProvider;
import io.aviary.controller.port.WebhookCaller;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The controller's half of {@code aviary run}'s settings: where state lives, and the adapters for templated
 * metrics (Prometheus) and webhooks (HTTP).
 */
public record ControllerSettings(Path stateDir, MetricsProvider templatedMetrics, WebhookCaller webhooks,
    Clock clock) {}
