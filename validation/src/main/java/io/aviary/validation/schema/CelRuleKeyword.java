package io.aviary.validation.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import io.aviary.model.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code x-kubernetes-validations}: CEL rules Aviary cannot evaluate in general. The rules that matter for routing
 * are recognised by their exact text and re-implemented here:
 *
 * <ul>
 *   <li>{@code duration(self) >= duration('1ms')} (every Istio duration: timeout, perTryTimeout, fixedDelay, ...):
 *       the value must parse as a Go duration of at least 1 ms;
 *   <li>{@code 0 < self && self <= 65535} (port numbers).
 * </ul>
 *
 * Every other rule is ignored, as if the API server had not been asked; the CRD's own {@code message} is reported.
 */
final class CelRuleKeyword implements Keyword {

  static final String NAME = "x-kubernetes-validations";
  private static final String DURATION_RULE = "duration(self) >= duration('1ms')";
  private static final String PORT_RULE = "0 < self && self <= 65535";
  private static final Duration ONE_MILLISECOND = Duration.ofMillis(1);

  /** A rule Aviary knows how to check, with the message the CRD gives for it. */
  private record KnownRule(String rule, String message) {

    boolean holdsFor(JsonNode value) {
      return switch (rule) {
        case DURATION_RULE -> !value.isString() || GoDuration.parse(value.asString())
            .filter(duration -> duration.compareTo(ONE_MILLISECOND) >= 0).isPresent();
        case PORT_RULE -> !value.isIntegralNumber() || (value.asLong() > 0 && value.asLong() <= 65535);
        default -> true;
      };
    }
  }

  @Override
  public String getValue() {
    return NAME;
  }

  @Override
  public KeywordValidator newValidator(
      SchemaLocation location, JsonNode rules, Schema parent, SchemaContext context) {
    List<KnownRule> known = new ArrayList<>();
    for (JsonNode rule : rules) {
      String text = rule.path("rule").asString("").strip();
      if (text.equals(DURATION_RULE) || text.equals(PORT_RULE)) {
        known.add(new KnownRule(text, rule.path("message").asString("failed rule: " + text)));
      }
    }
    return new Validator(location.append(NAME), List.copyOf(known));
  }

  private record Validator(SchemaLocation location, List<KnownRule> rules) implements KeywordValidator {

    @Override
    public void validate(ExecutionContext context, JsonNode value, JsonNode root, NodePath instanceLocation) {
      for (KnownRule rule : rules) {
        if (!rule.holdsFor(value)) {
          context.addError(Error.builder()
              .keyword(NAME)
              .instanceLocation(instanceLocation)
              .schemaLocation(location)
              .evaluationPath(context.getEvaluationPath())
              .instanceNode(value)
              .messageSupplier(rule::message)
              .build());
        }
      }
    }

    @Override
    public SchemaLocation getSchemaLocation() {
      return location;
    }

    @Override
    public String getKeyword() {
      return NAME;
    }
  }
}
