package io.aviary.adapters.webhook;

import io.aviary.controller.port.WebhookCall;
import io.aviary.controller.spec.HookType;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Flagger posts to a webhook: {@code {"name", "namespace", "phase", "checksum", "metadata"}}, metadata as
 * strings in key order (Go's encoding of a {@code map[string]string}) and left out when empty. An {@code event}
 * hook's metadata is {@code eventMessage}, {@code eventType} and {@code timestamp} (Unix milliseconds), plus the
 * hook's own metadata where it does not reuse those keys, as Flagger's {@code CallEventWebhook} builds it.
 */
final class WebhookPayload {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WebhookPayload() {}

  static String json(WebhookCall call, Instant now) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("name", call.canary().name());
    payload.put("namespace", call.canary().namespace());
    payload.put("phase", call.phase().wireName());
    payload.put("checksum", call.checksum());
    Map<String, String> metadata = metadata(call, now);
    if (!metadata.isEmpty()) {
      ObjectNode fields = payload.putObject("metadata");
      metadata.forEach(fields::put);
    }
    return JSON.writeValueAsString(payload);
  }

  private static Map<String, String> metadata(WebhookCall call, Instant now) {
    Map<String, String> metadata = new TreeMap<>();
    if (call.hook().type() == HookType.EVENT) {
      WebhookCall.Event event = call.event() == null ? WebhookCall.Event.normal("") : call.event();
      metadata.put("eventMessage", event.message());
      metadata.put("eventType", event.type());
      metadata.put("timestamp", Long.toString(now.toEpochMilli()));
    }
    call.hook().metadata().forEach((key, value) -> metadata.putIfAbsent(key, text(value)));
    return metadata;
  }

  /** Flagger's metadata values are strings; a YAML number or list is sent as the text it would have been quoted. */
  private static String text(Object value) {
    return value instanceof String string ? string : JSON.writeValueAsString(value);
  }
}
