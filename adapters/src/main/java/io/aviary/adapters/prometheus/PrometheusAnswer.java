package io.aviary.adapters.prometheus;

import io.aviary.controller.observe.QueryResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an instant query's answer ({@code /api/v1/query}) as one number. No sample, or a NaN one (what {@code 0/0}
 * gives a success rate without requests), is {@link QueryResult.NoData}: Flagger reports both as "no values found",
 * which means "no traffic", not "bad canary". Several series are refused rather than one picked at random, since
 * the check would then judge an arbitrary one of them.
 */
final class PrometheusAnswer {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PrometheusAnswer() {}

  /** The answer to {@code status} with {@code body}, as Prometheus documents its API. */
  static QueryResult read(int status, String body) {
    return switch (open(status, body)) {
      case Opened.Refused refused -> new QueryResult.Failed(refused.reason());
      case Opened.Data opened -> value(opened.data());
    };
  }

  /** A successful answer's {@code data}, or why there is none: shared with {@link PrometheusVector}. */
  sealed interface Opened {

    record Data(JsonNode data) implements Opened {}

    record Refused(String reason) implements Opened {}
  }

  static Opened open(int status, String body) {
    JsonNode answer;
    try {
      answer = JSON.readTree(body);
    } catch (JacksonException e) {
      return new Opened.Refused(
          "HTTP %d with a body that is not Prometheus' JSON: %s".formatted(status, excerpt(body)));
    }
    if (!"success".equals(answer.path("status").asString("")) || status / 100 != 2) {
      String error = answer.path("errorType").asString("") + ": " + answer.path("error").asString(excerpt(body));
      return new Opened.Refused("HTTP %d, %s".formatted(status, error));
    }
    return new Opened.Data(answer.path("data"));
  }

  private static QueryResult value(JsonNode data) {
    JsonNode result = data.path("result");
    return switch (data.path("resultType").asString("")) {
      case "scalar" -> sample(result);
      case "vector" -> vector(result);
      case "matrix" -> new QueryResult.Failed("the query returned a range vector (expected: an instant query "
          + "returning one number, e.g. sum(rate(x[{{ interval }}])))");
      default -> new QueryResult.Failed("the query returned a %s (expected: one number)"
          .formatted(data.path("resultType").asString("missing resultType")));
    };
  }

  private static QueryResult vector(JsonNode series) {
    if (series.isEmpty()) {
      return new QueryResult.NoData();
    }
    if (series.size() > 1) {
      return new QueryResult.Failed("the query returned %d series (expected: one; aggregate it, e.g. with sum())"
          .formatted(series.size()));
    }
    return sample(series.get(0).path("value"));
  }

  /** A sample is {@code [unixTime, "value"]}, the value a string so that NaN and ±Inf survive JSON. */
  private static QueryResult sample(JsonNode sample) {
    String text = sample.path(1).asString("");
    double value = number(text);
    if (Double.isNaN(value)) {
      return text.equals("NaN") ? new QueryResult.NoData() : new QueryResult.Failed("sample value: " + text);
    }
    return new QueryResult.Value(value);
  }

  /** A sample's value or bucket bound as Prometheus writes it ({@code "NaN"}, {@code "+Inf"}); NaN if unreadable. */
  static double number(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> parse(text);
    };
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static String excerpt(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
  }
}
