package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An HTTP/2 connection nobody uses is closed after the idle timeout, as HTTP/1.1 connections are. */
class Http2IdleTimeoutIT {

  private static final String CONFIG = TestConfigs.virtualServiceFor("app.example.com") + """
        - route: [{destination: {host: app, subset: v1}}]
      """;

  /** Defaults but a one-second idle timeout: far above the pacing below, so a busy machine cannot make it flaky. */
  private static final ProxyLimits LIMITS = ProxyLimits.defaults().withIdleTimeoutMillis(1_000);

  private UpstreamStub v1;
  private ProxyHarness gateway;

  @BeforeEach
  void start() throws Exception {
    v1 = UpstreamStub.start("v1");
    gateway = new ProxyHarness(CONFIG, Map.of("v1", v1.port()), LIMITS);
  }

  @AfterEach
  void stop() {
    gateway.close();
    v1.close();
  }

  @Test
  void closesAnIdleHttp2ConnectionAfterItsLastStream() throws Exception {
    try (Http2TestClient client = Http2TestClient.connect(gateway.port)) {
      assertThat(client.get("app.example.com", "/").status()).isEqualTo(200);

      await().atMost(Duration.ofSeconds(10)).until(() -> !client.isOpen());
    }
  }

  @Test
  void keepsAConnectionThatIsStillUsed() throws Exception {
    try (Http2TestClient client = Http2TestClient.connect(gateway.port)) {
      for (int i = 0; i < 8; i++) {
        assertThat(client.get("app.example.com", "/").status()).isEqualTo(200);
        Thread.sleep(150); // pacing, not synchronization: 8 gaps span past the timeout while each stays below it
      }
      assertThat(client.isOpen()).isTrue();
    }
  }
}
