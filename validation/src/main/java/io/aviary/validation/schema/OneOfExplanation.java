package io.aviary.validation.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Explains a failed {@code oneOf} in the two shapes CRDs use it for, in words instead of branch indexes:
 *
 * <ul>
 *   <li>Istio's protobuf {@code oneof}: a {@code not: {anyOf: [required...]}} branch plus one {@code required}
 *       branch per field, failing when several are set: "only one of exact, prefix, regex may be set";
 *   <li>Flagger's alternatives: {@code required} lists sharing some fields, failing when no list is complete:
 *       "must set interval, threshold and one of iterations, stepWeight, stepWeights".
 * </ul>
 */
final class OneOfExplanation {

  private OneOfExplanation() {}

  /** The explanation, or empty for a {@code oneOf} of another shape. */
  static Optional<String> of(JsonNode branches, JsonNode instance) {
    List<Set<String>> alternatives = new ArrayList<>();
    for (JsonNode branch : branches) {
      if (branch.has("not")) {
        continue;
      }
      if (!branch.has("required") || branch.size() != 1) {
        return Optional.empty();
      }
      Set<String> names = new LinkedHashSet<>();
      branch.get("required").forEach(name -> names.add(name.asString()));
      alternatives.add(names);
    }
    if (alternatives.isEmpty()) {
      return Optional.empty();
    }
    Set<String> common = new LinkedHashSet<>(alternatives.getFirst());
    alternatives.forEach(common::retainAll);
    List<String> choices = alternatives.stream()
        .map(names -> String.join(" and ", names.stream().filter(n -> !common.contains(n)).toList()))
        .toList();
    long satisfied = alternatives.stream().filter(names -> names.stream().allMatch(instance::has)).count();
    if (satisfied > 1) {
      return Optional.of("only one of " + String.join(", ", choices) + " may be set");
    }
    String prefix = common.isEmpty() ? "" : String.join(", ", common) + " and ";
    return Optional.of("must set " + prefix + "one of " + String.join(", ", choices));
  }
}
