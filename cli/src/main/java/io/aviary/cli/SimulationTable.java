package io.aviary.cli;

import io.aviary.simulation.report.ScenarioResult;
import io.aviary.simulation.traffic.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The text form of a simulation: per scenario its purpose, one row per policy, then each policy's reason for its
 * first rollback (what a user would read in the Canary's events), so a figure can be traced to a decision.
 */
final class SimulationTable {

  private static final String ROW = "%-8s %-7s %9s %-17s %9s %13s %15s %9s %9s%n";
  private static final int REASON_WIDTH = 100;

  private SimulationTable() {}

  static String render(List<ScenarioResult> results, List<Scenario> scenarios, String canary, int runs, long seed,
      Duration took) {
    StringBuilder text = new StringBuilder();
    text.append(canary).append(System.lineSeparator()).append(System.lineSeparator());
    text.append(String.format(Locale.ROOT, ROW, "scenario", "policy", "rollbacks", "95% CI", "promoted",
        "detect s", "detect req", "bad req", "promote"));
    text.append(String.format(Locale.ROOT, ROW, "", "", "", "", "bad", "median/p90", "median/p90", "median",
        "median s"));
    Map<String, List<ScenarioResult>> byScenario = results.stream()
        .collect(Collectors.groupingBy(ScenarioResult::scenario, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<String, List<ScenarioResult>> group : byScenario.entrySet()) {
      text.append(System.lineSeparator()).append(group.getKey()).append(": ")
          .append(purpose(scenarios, group.getKey())).append(System.lineSeparator());
      group.getValue().forEach(result -> text.append(row(result)));
      for (ScenarioResult result : group.getValue()) {
        if (result.exampleRollback() != null && !result.exampleRollback().isEmpty()) {
          text.append(String.format(Locale.ROOT, "%-8s %-7s e.g. %s%n", "", result.policy(),
              abbreviate(result.exampleRollback())));
        }
      }
    }
    text.append(String.format(Locale.ROOT, "%n%d runs per scenario and policy, seed %d, %.1f s%n", runs, seed,
        took.toMillis() / 1000.0));
    return text.toString();
  }

  private static String row(ScenarioResult result) {
    return String.format(Locale.ROOT, ROW, "", result.policy(), percent(result.rollbackRate()),
        "[%s, %s]".formatted(percent(result.rollbackRateCI().lo()), percent(result.rollbackRateCI().hi())),
        result.promotedBad() == null ? "-" : result.promotedBad().toString(),
        pair(result.medianDetectSeconds(), result.p90DetectSeconds()),
        pair(result.medianDetectCanaryRequests(), result.p90DetectCanaryRequests()),
        whole(result.badRequestsServed()), whole(result.medianPromotionSeconds()));
  }

  private static String purpose(List<Scenario> scenarios, String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).map(Scenario::purpose).findFirst().orElse("");
  }

  private static String abbreviate(String reason) {
    return reason.length() <= REASON_WIDTH ? reason : reason.substring(0, REASON_WIDTH - 3) + "...";
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
  }

  private static String pair(@Nullable Double median, @Nullable Double p90) {
    return median == null ? "-" : whole(median) + "/" + whole(p90);
  }

  private static String whole(@Nullable Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.0f", value);
  }
}
