package io.aviary.cli;

import io.aviary.adapters.prometheus.PrometheusMetricsProvider;
import io.aviary.adapters.webhook.HttpWebhookCaller;
import io.aviary.embedded.runtime.ControllerSettings;
import java.nio.file.Path;
import java.time.Clock;

/** The adapters {@code aviary run} gives the controller: Prometheus for MetricTemplates, HTTP for webhooks. */
final class ControllerAdapters {

  private ControllerAdapters() {}

  static ControllerSettings settings(Path stateDir) {
    return new ControllerSettings(stateDir, PrometheusMetricsProvider::new, new HttpWebhookCaller(),
        Clock.systemUTC());
  }
}
