package io.aviary.controller.observe;

import io.aviary.controller.spec.HookType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the driver saw for one tick. {@code canaryRevision} identifies the canary workload (its subset name and labels,
 * and in Kubernetes mode its pod template); a value the controller has not analysed starts a new run.
 * {@code metrics} holds one result per check name; {@code webhooks} answers the hooks the previous tick asked for;
 * {@code traffic} is the tick's exact per-version counts when the driver can read them (null otherwise).
 */
public record Observations(
    String canaryRevision,
    Map<String, QueryResult> metrics,
    List<WebhookResult> webhooks,
    List<Command> commands,
    @Nullable TrafficSample traffic) {

  public Observations {
    metrics = Map.copyOf(metrics);
    webhooks = List.copyOf(webhooks);
    commands = List.copyOf(commands);
  }

  public static Observations of(String canaryRevision) {
    return new Observations(canaryRevision, Map.of(), List.of(), List.of(), null);
  }

  public Observations withMetric(String check, QueryResult result) {
    Map<String, QueryResult> more = new HashMap<>(metrics);
    more.put(check, result);
    return new Observations(canaryRevision, more, webhooks, commands, traffic);
  }

  public Observations withWebhook(WebhookResult result) {
    List<WebhookResult> more = new ArrayList<>(webhooks);
    more.add(result);
    return new Observations(canaryRevision, metrics, more, commands, traffic);
  }

  public Observations withCommand(Command command) {
    List<Command> more = new ArrayList<>(commands);
    more.add(command);
    return new Observations(canaryRevision, metrics, webhooks, more, traffic);
  }

  public Observations withTraffic(TrafficSample sample) {
    return new Observations(canaryRevision, metrics, webhooks, commands, sample);
  }

  public List<WebhookResult> webhooks(HookType type) {
    return webhooks.stream().filter(result -> result.type() == type).toList();
  }
}
