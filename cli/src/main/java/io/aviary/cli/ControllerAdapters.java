package io.aviary.cli;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.embedded.runtime.ControllerSettings;
import java.nio.file.Path;
import java.time.Clock;

/** The adapters {@code aviary run} gives the controller: Prometheus for MetricTemplates, HTTP for webhooks. */
final class ControllerAdapters {

  private ControllerAdapters() {}

  static ControllerSettings settings(Path stateDir) {
    return new ControllerSettings(stateDir,
        query -> new QueryResult.Failed("MetricTemplate queries are not available in this build"),
        call -> new WebhookResult(call.hook().name(), call.hook().type(), false,
            "webhooks are not available in this build"),
        Clock.systemUTC());
  }
}
