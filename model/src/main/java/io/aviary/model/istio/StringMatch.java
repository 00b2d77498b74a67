package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Istio's StringMatch: exactly one of {@code exact}, {@code prefix}, {@code regex} (RE2, matched against the
 * whole value). An empty object, {@code {}}, is kept as {@link Present}: Istio turns it into a presence check.
 */
public sealed interface StringMatch {

  record Exact(String value) implements StringMatch {}

  record Prefix(String value) implements StringMatch {}

  /** An RE2 pattern as written; {@code "*"} is not RE2 and Istio treats it as a presence check. */
  record Regex(String pattern) implements StringMatch {}

  /** No match type given: matches whenever the value is present. */
  record Present() implements StringMatch {}

  @JsonCreator
  static StringMatch of(
      @JsonProperty("exact") @Nullable String exact,
      @JsonProperty("prefix") @Nullable String prefix,
      @JsonProperty("regex") @Nullable String regex) {
    if (exact != null) {
      return new Exact(exact);
    }
    if (prefix != null) {
      return new Prefix(prefix);
    }
    if (regex != null) {
      return new Regex(regex);
    }
    return new Present();
  }

  /** The YAML form, e.g. {@code regex: ".*Chrome.*"}, for explanations and messages. */
  default String describe() {
    return switch (this) {
      case Exact e -> "exact: \"" + e.value() + "\"";
      case Prefix p -> "prefix: \"" + p.value() + "\"";
      case Regex r -> "regex: \"" + r.pattern() + "\"";
      case Present ignored -> "{} (present)";
    };
  }
}
