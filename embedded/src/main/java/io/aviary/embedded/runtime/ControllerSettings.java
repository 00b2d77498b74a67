package io.aviary.embedded.runtime;

import io.aviary.controller.port.MetricsProvider;
import io.aviary.controller.port.WebhookCaller;
import io.aviary.model.ResourceSet;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The controller's half of {@code aviary run}'s settings: where state lives, and the adapters for templated
 * metrics (Prometheus; made from the store's current resources, where the MetricTemplates are) and webhooks (HTTP).
 */
public record ControllerSettings(
    Path stateDir,
    Function<Supplier<ResourceSet>, MetricsProvider> templatedMetrics,
    WebhookCaller webhooks,
    Clock clock) {}
