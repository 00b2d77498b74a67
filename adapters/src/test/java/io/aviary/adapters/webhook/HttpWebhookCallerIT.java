package io.aviary.adapters.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.port.WebhookCall;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.spec.Webhook;
import io.aviary.controller.status.Phase;
import io.aviary.model.ResourceId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpWebhookCallerIT {

  private static final ResourceId CANARY = new ResourceId("Canary", "default", "next");
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_795_712_400_123L), ZoneOffset.UTC);

  private final HookServer server = HookServer.start();
  private final HttpWebhookCaller caller = new HttpWebhookCaller(HttpClient.newHttpClient(), CLOCK);

  @AfterEach
  void stop() {
    server.close();
  }

  private static WebhookCall call(HookType type, String url, Duration timeout) {
    return new WebhookCall(CANARY, new Webhook("load-test", type, url, timeout, Map.of("cmd", "hey")),
        Phase.PROGRESSING, "c0ffee");
  }

  @Test
  void postsFlaggersPayloadAsJsonAndPassesOn2xx() {
    server.answering(202, "accepted");

    WebhookResult result = caller.call(call(HookType.ROLLOUT, server.url("/hook"), Duration.ofSeconds(10)));

    assertThat(result).isEqualTo(new WebhookResult("load-test", HookType.ROLLOUT, true, "POST " + server.url("/hook")
        + ": 202"));
    assertThat(server.received()).singleElement().isEqualTo(new HookServer.Received("POST", "/hook",
        "application/json", "{\"name\":\"next\",\"namespace\":\"default\",\"phase\":\"Progressing\","
            + "\"checksum\":\"c0ffee\",\"metadata\":{\"cmd\":\"hey\"}}"));
  }

  @Test
  void anEventHookPostsTheEventInItsMetadata() {
    WebhookCall call = new WebhookCall(CANARY, new Webhook("events", HookType.EVENT, server.url("/events"),
        Duration.ofSeconds(10), Map.of()), Phase.PROGRESSING, "c0ffee", WebhookCall.Event.normal("Advanced: 20%"));

    assertThat(caller.call(call).passed()).isTrue();
    assertThat(server.received().getFirst().body()).isEqualTo("{\"name\":\"next\",\"namespace\":\"default\","
        + "\"phase\":\"Progressing\",\"checksum\":\"c0ffee\",\"metadata\":{\"eventMessage\":\"Advanced: 20%\","
        + "\"eventType\":\"Normal\",\"timestamp\":\"1795712400123\"}}");
  }

  @Test
  void aClientErrorDoesNotPassAndKeepsTheAnswerAsTheReason() {
    server.answering(403, "gate closed");

    WebhookResult result = new HttpWebhookCaller().call(call(HookType.CONFIRM_PROMOTION, server.url("/gate/check"),
        Duration.ofSeconds(10)));

    assertThat(result).isEqualTo(new WebhookResult("load-test", HookType.CONFIRM_PROMOTION, false,
        "POST " + server.url("/gate/check") + ": 403 gate closed"));
  }

  @Test
  void aHookThatDoesNotAnswerWithinItsTimeoutDoesNotPass() {
    server.holding();

    WebhookResult result = caller.call(call(HookType.ROLLOUT, server.url("/slow"), Duration.ofMillis(300)));

    assertThat(result.passed()).isFalse();
    assertThat(result.detail()).isEqualTo("POST " + server.url("/slow") + ": timed out after 300ms");
  }

  @Test
  void aRefusedConnectionDoesNotPass() throws IOException {
    String url = "http://127.0.0.1:" + closedPort() + "/hook";

    WebhookResult result = caller.call(call(HookType.PRE_ROLLOUT, url, Duration.ofSeconds(5)));

    assertThat(result).isEqualTo(new WebhookResult("load-test", HookType.PRE_ROLLOUT, false,
        "POST " + url + ": connection refused"));
  }

  @Test
  void detailsNeverShowTheUrlsQueryOrUserInfo() {
    server.answering(500, "boom");
    String url = server.url("/hook?token=s3cret").replace("http://", "http://bot:pa55@");

    WebhookResult result = caller.call(call(HookType.ROLLBACK, url, Duration.ofSeconds(5)));

    assertThat(result.detail()).isEqualTo("POST " + server.url("/hook") + ": 500 boom").doesNotContain("s3cret", "pa55");
    assertThat(server.received().getFirst().uri()).isEqualTo("/hook?token=s3cret");
  }

  @Test
  void anInvalidUrlOrTimeoutIsAFailedCallNotAnException() {
    assertThat(caller.call(call(HookType.ROLLOUT, "not a url", Duration.ofSeconds(1))))
        .isEqualTo(new WebhookResult("load-test", HookType.ROLLOUT, false, "url is not an absolute http(s) URL"));
    assertThat(caller.call(call(HookType.ROLLOUT, server.url("/"), Duration.ZERO)).detail())
        .isEqualTo("timeout: 0ms (expected: a positive duration)");
    assertThat(server.received()).isEmpty();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
