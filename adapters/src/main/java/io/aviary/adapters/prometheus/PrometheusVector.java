package io.aviary.adapters.prometheus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads an instant query's answer as labelled samples, for queries grouped {@code by} labels (one series per
 * workload, or per workload and bucket). An empty vector is no samples, not a failure: {@code increase()} over a
 * window without two scrapes of a series returns nothing for it.
 */
final class PrometheusVector {

  /** One series' labels and value. */
  record Sample(Map<String, String> labels, double value) {

    Sample {
      labels = Map.copyOf(labels);
    }

    String label(String name) {
      return labels.getOrDefault(name, "");
    }
  }

  /** The samples, or why there are none. */
  sealed interface Reading {

    record Samples(List<Sample> samples) implements Reading {

      public Samples {
        samples = List.copyOf(samples);
      }
    }

    record Failed(String reason) implements Reading {}
  }

  private PrometheusVector() {}

  static Reading read(int status, String body) {
    return switch (PrometheusAnswer.open(status, body)) {
      case PrometheusAnswer.Opened.Refused refused -> new Reading.Failed(refused.reason());
      case PrometheusAnswer.Opened.Data opened -> samples(opened.data());
    };
  }

  private static Reading samples(JsonNode data) {
    String type = data.path("resultType").asString("missing resultType");
    if (!type.equals("vector")) {
      return new Reading.Failed("the query returned a %s (expected: an instant vector)".formatted(type));
    }
    List<Sample> samples = new ArrayList<>();
    for (JsonNode series : data.path("result")) {
      Map<String, String> labels = new LinkedHashMap<>();
      series.path("metric").properties().forEach(label -> labels.put(label.getKey(), label.getValue().asString("")));
      String text = series.path("value").path(1).asString("");
      double value = PrometheusAnswer.number(text);
      if (Double.isNaN(value) && !text.equals("NaN")) {
        return new Reading.Failed("sample value %s of %s".formatted(text.isEmpty() ? "missing" : text, labels));
      }
      samples.add(new Sample(labels, value));
    }
    return new Reading.Samples(samples);
  }
}
