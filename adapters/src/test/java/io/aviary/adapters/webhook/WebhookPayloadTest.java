package io.aviary.adapters.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.port.WebhookCall;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.spec.Webhook;
import io.aviary.controller.status.Phase;
import io.aviary.model.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

  private static final ResourceId CANARY = new ResourceId("Canary", "default", "next");
  private static final Instant NOW = Instant.parse("2026-11-26T17:00:00.123Z");

  private static Webhook hook(HookType type, Map<String, Object> metadata) {
    return new Webhook("gate", type, "http://hooks/", Duration.ofSeconds(10), metadata);
  }

  @Test
  void postsFlaggersFieldsInItsOrderWithMetadataAsSortedStrings() {
    WebhookCall call = new WebhookCall(CANARY, hook(HookType.ROLLOUT,
        Map.of("type", "cmd", "cmd", "hey -z 1m http://next/", "qps", 10, "tags", List.of("a", "b"))),
        Phase.PROGRESSING, "5f4dcc3b");

    assertThat(WebhookPayload.json(call, NOW)).isEqualTo("{\"name\":\"next\",\"namespace\":\"default\","
        + "\"phase\":\"Progressing\",\"checksum\":\"5f4dcc3b\",\"metadata\":{\"cmd\":\"hey -z 1m http://next/\","
        + "\"qps\":\"10\",\"tags\":\"[\\\"a\\\",\\\"b\\\"]\",\"type\":\"cmd\"}}");
  }

  @Test
  void leavesMetadataOutWhenTheHookHasNone() {
    WebhookCall call = new WebhookCall(CANARY, hook(HookType.CONFIRM_PROMOTION, Map.of()), Phase.WAITING_PROMOTION, "");

    assertThat(WebhookPayload.json(call, NOW)).isEqualTo(
        "{\"name\":\"next\",\"namespace\":\"default\",\"phase\":\"WaitingPromotion\",\"checksum\":\"\"}");
  }

  @Test
  void anEventHookGetsTheEventsMessageTypeAndTimestampWhichTheHooksMetadataCannotOverride() {
    WebhookCall call = new WebhookCall(CANARY, hook(HookType.EVENT, Map.of("eventType", "mine", "team", "shop")),
        Phase.FAILED, "abc", WebhookCall.Event.warning("RolledBack: failed checks 5 >= threshold 5"));

    assertThat(WebhookPayload.json(call, NOW)).isEqualTo("{\"name\":\"next\",\"namespace\":\"default\","
        + "\"phase\":\"Failed\",\"checksum\":\"abc\",\"metadata\":{\"eventMessage\":\"RolledBack: failed checks 5 >= "
        + "threshold 5\",\"eventType\":\"Warning\",\"team\":\"shop\",\"timestamp\":\"1795712400123\"}}");
  }
}
