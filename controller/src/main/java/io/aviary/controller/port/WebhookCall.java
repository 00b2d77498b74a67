package io.aviary.controller.port;

import io.aviary.controller.spec.Webhook;
import io.aviary.controller.status.Phase;
import io.aviary.model.ResourceId;
import org.jspecify.annotations.Nullable;

/**
 * One webhook to call: Flagger sends {@code {"name", "namespace", "phase", "checksum", "metadata"}} where
 * {@code checksum} identifies the canary revision under analysis. {@code event} is the decision an {@code event}
 * hook reports (Flagger puts its message and type into the metadata); the other hook types carry none.
 */
public record WebhookCall(ResourceId canary, Webhook hook, Phase phase, String checksum, @Nullable Event event) {

  /** A call for any hook type but {@code event}. */
  public WebhookCall(ResourceId canary, Webhook hook, Phase phase, String checksum) {
    this(canary, hook, phase, checksum, null);
  }

  /** What happened, as Flagger's event hooks report it; {@code type} is {@code Normal} or {@code Warning}. */
  public record Event(String message, String type) {

    public static final String NORMAL = "Normal";
    public static final String WARNING = "Warning";

    public static Event normal(String message) {
      return new Event(message, NORMAL);
    }

    public static Event warning(String message) {
      return new Event(message, WARNING);
    }
  }
}
