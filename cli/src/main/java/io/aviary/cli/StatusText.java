package io.aviary.cli;

import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code aviary status} as a table, one canary a line, and the events under each when asked. */
final class StatusText {

  private static final String ROW = "%-28s %-17s %-14s %-7s %-10s %s%n";

  private StatusText() {}

  static void print(PrintWriter out, List<JsonNode> canaries, boolean events) {
    if (canaries.isEmpty()) {
      out.println("no canaries");
      return;
    }
    out.printf(ROW, "CANARY", "PHASE", "WEIGHTS", "FAILED", "ITERATIONS", "LAST TRANSITION");
    for (JsonNode canary : canaries) {
      String weights = "%s %d / %s %d".formatted(canary.path("stableSubset").asString(),
          canary.path("stableWeight").asInt(), canary.path("canarySubset").asString(),
          canary.path("canaryWeight").asInt());
      String phase = canary.path("phase").asString() + (canary.path("paused").asBoolean() ? " (paused)" : "");
      out.printf(ROW, canary.path("namespace").asString() + "/" + canary.path("name").asString(), phase,
          weights, canary.path("failedChecks").asInt(), canary.path("iterations").asInt(),
          canary.path("lastTransitionTime").asString());
      if (events) {
        canary.path("events").forEach(event -> printEvent(out, event));
      }
    }
  }

  private static void printEvent(PrintWriter out, JsonNode event) {
    out.printf("  %s %-12s %-16s %s%n", event.path("at").asString(), event.path("phase").asString(),
        event.path("reason").asString(), event.path("message").asString());
    event.path("checks").forEach(check -> out.printf("      %s %s value=%s min=%s max=%s %s%n",
        check.path("name").asString(), check.path("verdict").asString(), check.path("value").asString("-"),
        check.path("min").asString("-"), check.path("max").asString("-"), check.path("detail").asString()));
  }
}
