package io.aviary.controller.spec;

import io.aviary.model.flagger.Canary;
import io.aviary.model.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Resolves webhooks: a type Flagger does not know is an error, never a silent {@code rollout} hook. */
final class WebhookResolver {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  List<Webhook> resolveAll(List<Canary.Webhook> hooks, List<String> problems) {
    List<Webhook> resolved = new ArrayList<>();
    for (int i = 0; i < hooks.size(); i++) {
      Canary.Webhook hook = hooks.get(i);
      String field = "analysis.webhooks[%d]".formatted(i);
      String typeName = hook.type() == null ? "" : hook.type();
      HookType type = HookType.fromWire(typeName).orElse(null);
      if (type == null) {
        problems.add("%s.type: %s (expected: one of confirm-rollout, pre-rollout, rollout, confirm-traffic-increase, "
            .formatted(field, typeName) + "confirm-promotion, post-rollout, rollback, event)");
        continue;
      }
      if (hook.name() == null || hook.name().isBlank() || hook.url() == null || hook.url().isBlank()) {
        problems.add(field + ": name and url are required");
        continue;
      }
      Duration timeout = hook.timeout() == null ? DEFAULT_TIMEOUT
          : GoDuration.parse(hook.timeout()).filter(d -> !d.isNegative()).orElse(DEFAULT_TIMEOUT);
      resolved.add(new Webhook(hook.name(), type, hook.url(), timeout, hook.metadata()));
    }
    return resolved;
  }
}
