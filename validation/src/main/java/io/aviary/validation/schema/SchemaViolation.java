package io.aviary.validation.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * One schema violation, in Aviary's words: the field it is about and what is wrong with it. Built from the
 * validator's error so that messages name fields the way kubectl does ({@code spec.http[0].route[0].weight}) rather
 * than the validator's JSON-path dialect.
 */
public record SchemaViolation(FieldPath field, String problem) {

  /** The text after {@code Schema validation error: }. */
  public String describe() {
    String where = field.dotted();
    return where.isEmpty() ? problem : where + ": " + problem;
  }

  /**
   * Whether the error only restates why a {@code oneOf} branch failed; the {@code oneOf} error itself says it
   * better, so these are not reported.
   */
  static boolean insideOneOf(Error error) {
    NodePath path = error.getEvaluationPath();
    for (int i = 0; i < path.getNameCount() - 1; i++) {
      if ("oneOf".equals(path.getName(i))) {
        return true;
      }
    }
    return false;
  }

  static SchemaViolation from(Error error) {
    FieldPath at = fieldPath(error.getInstanceLocation());
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    return switch (keyword) {
      case "additionalProperties" -> new SchemaViolation(at.field(String.valueOf(error.getProperty())), "unknown field");
      case "required" -> new SchemaViolation(at.field(String.valueOf(error.getProperty())), "Required value");
      case "oneOf" -> new SchemaViolation(at, OneOfExplanation.of(error.getSchemaNode(), error.getInstanceNode())
          .orElseGet(() -> withoutLocation(error.getMessage(), error.getInstanceLocation())));
      default -> new SchemaViolation(at, withoutLocation(error.getMessage(), error.getInstanceLocation()));
    };
  }

  private static FieldPath fieldPath(NodePath location) {
    List<Object> segments = new ArrayList<>();
    for (int i = 0; i < location.getNameCount(); i++) {
      segments.add(location.getElement(i));
    }
    return new FieldPath(segments);
  }

  /** The validator prefixes messages with its own rendering of the location; the field path replaces it. */
  private static String withoutLocation(String message, NodePath location) {
    String prefix = location + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
