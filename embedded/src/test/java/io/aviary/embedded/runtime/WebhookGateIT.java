package io.aviary.embedded.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.aviary.adapters.webhook.HttpWebhookCaller;
import io.aviary.controller.observe.QueryResult;
import io.aviary.demoapp.DemoApp;
import io.aviary.demoapp.DemoAppSettings;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flagger's gates over real HTTP: a confirm-promotion hook holds a healthy canary at WaitingPromotion while it
 * answers 403 and lets it promote once it answers 200; the hook receives Flagger's payload.
 */
class WebhookGateIT {

  @TempDir Path folder;
  private final AtomicInteger gateStatus = new AtomicInteger(403);
  private final List<String> payloads = new CopyOnWriteArrayList<>();
  private HttpServer hooks;
  private DemoApp v1;
  private DemoApp v2;
  private RuntimeHarness harness;

  @AfterEach
  void stop() {
    if (harness != null) {
      harness.close();
    }
    hooks.stop(0);
    v1.close();
    v2.close();
  }

  @Test
  void holdsAtWaitingPromotionUntilTheConfirmPromotionHookPasses() throws Exception {
    hooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hooks.createContext("/gate", exchange -> {
      payloads.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(gateStatus.get(), -1);
      exchange.close();
    });
    hooks.start();
    v1 = DemoApp.start(DemoAppSettings.of("v1").withPort(0));
    v2 = DemoApp.start(DemoAppSettings.of("v2").withPort(0));
    String canary = CanaryFixture.canary(2) + """
            webhooks:
            - name: approval
              type: confirm-promotion
              url: http://127.0.0.1:%d/gate
              timeout: 2s
              metadata: {ticket: CHG-42}
        """.formatted(hooks.getAddress().getPort());
    harness = RuntimeHarness.start(folder, Map.of("app.yaml", CanaryFixture.resources(v1, v2), "canary.yaml", canary),
        new ControllerSettings(folder.resolve("state"), resources -> query -> new QueryResult.NoData(),
            new HttpWebhookCaller(), Clock.systemUTC()));

    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(40)).until(() -> harness.phase().equals("WaitingPromotion")
          && payloads.size() >= 2);
      assertThat(harness.phase()).isEqualTo("WaitingPromotion");
      gateStatus.set(200);
      await().atMost(Duration.ofSeconds(30)).until(() -> harness.phase().equals("Succeeded"));
    }
    assertThat(payloads.getFirst()).contains("\"name\":\"next\"", "\"namespace\":\"default\"",
        "\"phase\":\"WaitingPromotion\"", "\"ticket\":\"CHG-42\"", "\"checksum\"");
  }
}
