package io.aviary.embedded.demo;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.Phase;
import io.aviary.demoapp.DemoApp;
import io.aviary.demoapp.DemoAppSettings;
import io.aviary.embedded.runtime.ControllerSettings;
import io.aviary.embedded.runtime.EmbeddedRuntime;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.runtime.GatewaySettings;
import io.aviary.model.ResourceId;
import io.aviary.model.registry.Workloads;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one demo: starts v1 and v2 of the demo app (v2 as the scenario wants it), {@code aviary run} on a copy of
 * the example in a fresh folder (fresh state, so every demo is a whole rollout), the load, and the live view; ends
 * when the canary reaches Succeeded or Failed, or at the time limit.
 */
public final class DemoRunner {

  public static final ResourceId CANARY = new ResourceId("Canary", "default", "next");
  private static final String HOST = "next-service.default.svc.cluster.local";
  private static final Duration REFRESH = Duration.ofMillis(500);

  private final Path example;
  private final Path folder;
  private final PrintWriter out;
  private final boolean terminal;
  private final Duration timeLimit;

  public DemoRunner(Path example, Path folder, PrintWriter out, boolean terminal, Duration timeLimit) {
    this.example = example;
    this.folder = folder;
    this.out = out;
    this.terminal = terminal;
    this.timeLimit = timeLimit;
  }

  /** @return true when the rollout ended as {@code scenario} expects */
  public boolean run(DemoScenario scenario) throws Exception {
    try (DemoApp v1 = DemoApp.start(DemoAppSettings.of("v1").withPort(0));
        DemoApp v2 = DemoApp.start(DemoAppSettings.of("v2").withPort(0)
            .withErrorRate(scenario.canaryErrorRate()).withLatency(scenario.canaryLatency()))) {
      Path config = DemoConfig.write(example, folder, v1.address().getPort(), v2.address().getPort());
      out.printf("demo: canary v2 %s; v1 on %s, v2 on %s; aviary run %s (log: %s)%n", describe(scenario),
          v1.uri(), v2.uri(), config, folder.resolve("aviary.log"));
      try (EmbeddedRuntime runtime = EmbeddedRuntime.start(gatewaySettings(config), controllerSettings())) {
        int port = runtime.gateway().listeners().getFirst().boundPort();
        out.printf("gateway on http://127.0.0.1:%d (try: curl http://127.0.0.1:%d/)%n", port, port);
        try (LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:" + port + "/"), 100, 64)) {
          load.start();
          Optional<CanaryRecord> last = watch(runtime);
          return report(last, scenario);
        }
      }
    }
  }

  private Optional<CanaryRecord> watch(EmbeddedRuntime runtime) {
    LiveView view = new LiveView(out, terminal, runtime.gateway().telemetry().subsets(), HOST);
    long deadline = System.nanoTime() + timeLimit.toNanos();
    Optional<CanaryRecord> record = Optional.empty();
    while (System.nanoTime() < deadline) {
      record = runtime.controllers().driver(CANARY).map(driver -> driver.record());
      record.ifPresent(view::refresh);
      if (record.isPresent() && isFinal(record.get().status().phase())) {
        break;
      }
      LockSupport.parkNanos(REFRESH.toNanos());
    }
    view.finish();
    return record;
  }

  private boolean report(Optional<CanaryRecord> last, DemoScenario scenario) {
    if (last.isEmpty() || !isFinal(last.get().status().phase())) {
      out.printf("canary default/next: %s (not finished within %ds)%n",
          last.map(r -> r.status().phase().wireName()).orElse("not started"), timeLimit.toSeconds());
      return false;
    }
    Phase phase = last.get().status().phase();
    List<CanaryEvent> events = last.get().status().events();
    String reason = phase == Phase.FAILED ? " (" + failure(events) + ")" : "";
    out.printf("canary default/next: %s%s%n", phase.wireName(), reason);
    out.flush();
    return phase == scenario.expected();
  }

  /**
   * Why the run failed: the rollback's reason (the judge's evidence, or the failed-check count), with the last
   * failed check when a count of them decided.
   */
  private static String failure(List<CanaryEvent> events) {
    String rollback = "rolled back";
    for (int i = events.size() - 1; i >= 0; i--) {
      CanaryEvent event = events.get(i);
      if (event.reason().equals("RolledBack")) {
        rollback = event.message();
      } else if (event.reason().equals("CheckFailed")) {
        return rollback + "; last: " + event.message();
      } else if (event.severity() == CanaryEvent.Severity.WARNING) {
        return rollback;
      }
    }
    return rollback;
  }

  private static boolean isFinal(Phase phase) {
    return phase == Phase.SUCCEEDED || phase == Phase.FAILED;
  }

  private static String describe(DemoScenario scenario) {
    return switch (scenario) {
      case HEALTHY -> "healthy";
      case FAILING -> "failing (%.0f%% of requests answer 500)".formatted(scenario.canaryErrorRate() * 100);
      case SLOW -> "slow (%d ms per request)".formatted(scenario.canaryLatency().toMillis());
    };
  }

  private GatewaySettings gatewaySettings(Path config) throws IOException {
    Path log = folder.resolve("aviary.log");
    return new GatewaySettings(List.of(config.toString()), "default", "127.0.0.1", Map.of(80, 0),
        new InetSocketAddress("127.0.0.1", 0), 1, null, folder.resolve("state/admin-token"),
        Workloads.EMBEDDED_GATEWAY_LABELS, "istio-system", null, ProxyLimits.defaults(), line -> append(log, line));
  }

  private ControllerSettings controllerSettings() {
    return new ControllerSettings(folder.resolve("state"),
        resources -> query -> new QueryResult.Failed("the demo has no Prometheus"),
        call -> new WebhookResult(call.hook().name(), call.hook().type(), false, "the demo has no webhooks"),
        Clock.systemUTC());
  }

  private static synchronized void append(Path log, String line) {
    try {
      Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The log is a convenience; the demo's own output carries the decisions.
    }
  }
}
