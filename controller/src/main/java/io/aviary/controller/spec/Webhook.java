package io.aviary.controller.spec;

import java.time.Duration;
import java.util.Map;

/** One webhook of the analysis, resolved: the driver calls {@code url} with {@code metadata} within {@code timeout}. */
public record Webhook(String name, HookType type, String url, Duration timeout, Map<String, Object> metadata) {

  public Webhook {
    metadata = Map.copyOf(metadata);
  }
}
