package io.aviary.cli;

import io.aviary.simulation.report.ScenarioResult;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a simulation: {@code {"results": [{policy, scenario, runs, rollbacks, rollbackRate,
 * rollbackRateCI: [lo, hi], promotedBad, medianDetectSeconds, p90DetectSeconds, medianDetectCanaryRequests,
 * p90DetectCanaryRequests, badRequestsServed, medianPromotionSeconds}]}}, null where a figure does not apply.
 */
final class SimulationJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SimulationJson() {}

  static String render(List<ScenarioResult> results) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode rows = root.putArray("results");
    for (ScenarioResult result : results) {
      ObjectNode row = rows.addObject();
      row.put("policy", result.policy());
      row.put("scenario", result.scenario());
      row.put("runs", result.runs());
      row.put("rollbacks", result.rollbacks());
      row.put("rollbackRate", result.rollbackRate());
      row.putArray("rollbackRateCI").add(result.rollbackRateCI().lo()).add(result.rollbackRateCI().hi());
      if (result.promotedBad() == null) {
        row.putNull("promotedBad");
      } else {
        row.put("promotedBad", result.promotedBad());
      }
      number(row, "medianDetectSeconds", result.medianDetectSeconds());
      number(row, "p90DetectSeconds", result.p90DetectSeconds());
      number(row, "medianDetectCanaryRequests", result.medianDetectCanaryRequests());
      number(row, "p90DetectCanaryRequests", result.p90DetectCanaryRequests());
      number(row, "badRequestsServed", result.badRequestsServed());
      number(row, "medianPromotionSeconds", result.medianPromotionSeconds());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
  }

  private static void number(ObjectNode row, String field, @Nullable Double value) {
    if (value == null) {
      row.putNull(field);
    } else {
      row.put(field, value);
    }
  }
}
