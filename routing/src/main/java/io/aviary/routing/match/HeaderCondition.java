package io.aviary.routing.match;

import io.aviary.routing.RequestView;
import org.jspecify.annotations.Nullable;

/**
 * {@code headers} (and {@code method}, {@code scheme}, {@code authority}, which Istio turns into pseudo-header
 * matchers) or, inverted, {@code withoutHeaders}. A missing header never matches {@code headers}. For
 * {@code withoutHeaders} Istio sets Envoy's {@code treat_missing_header_as_empty}: a missing header is matched
 * as {@code ""} and the result inverted; only a presence check ({@code {}}, {@code regex: "*"}) inverted means
 * "the header is absent".
 */
public record HeaderCondition(String name, HeaderReader reader, ValueMatcher matcher, boolean inverted)
    implements Condition {

  @Override
  public boolean test(RequestView request) {
    String value = reader.read(request);
    if (!inverted) {
      return value != null && matcher.matches(value);
    }
    if (matcher instanceof ValueMatcher.Present) {
      return value == null;
    }
    return !matcher.matches(value == null ? "" : value);
  }

  @Override
  public String failure(RequestView request) {
    @Nullable String value = reader.read(request);
    String subject = (inverted ? "withoutHeaders " : "header ") + name + " " + matcher.describe();
    if (!inverted) {
      return value == null ? subject + ": header absent" : subject + " did not match \"" + value + "\"";
    }
    if (value == null) {
      return subject + " matched the absent header (taken as \"\")";
    }
    return subject + " matched \"" + value + "\"";
  }
}
