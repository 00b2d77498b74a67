package io.aviary.gateway.telemetry.istio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of a Prometheus text exposition, parsed the way a scraper reads them, with PromQL-style label matchers
 * ({@code =}, {@code !=}, {@code =~}, {@code !~}; regexes anchored as in Prometheus) to check what a query selects.
 */
final class ExpositionSamples {

  record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  private final List<Sample> samples;

  private ExpositionSamples(List<Sample> samples) {
    this.samples = samples;
  }

  static ExpositionSamples parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new IllegalArgumentException("not a sample line: " + line);
      }
      samples.add(new Sample(sample.group(1), labels(sample.group(2)), Double.parseDouble(sample.group(3))));
    }
    return new ExpositionSamples(samples);
  }

  private static Map<String, String> labels(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null) {
      return labels;
    }
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      labels.put(label.group(1), label.group(2));
    }
    return labels;
  }

  /** Samples of metric {@code name} whose labels satisfy every matcher, e.g. {@code "response_code!~5.*"}. */
  List<Sample> select(String name, String... matchers) {
    Predicate<Map<String, String>> selector = labels -> true;
    for (String matcher : matchers) {
      selector = selector.and(matcherOf(matcher));
    }
    Predicate<Map<String, String>> all = selector;
    return samples.stream().filter(s -> s.name().equals(name) && all.test(s.labels())).toList();
  }

  /** {@code sum(...)} of the selected samples. */
  double sum(String name, String... matchers) {
    return select(name, matchers).stream().mapToDouble(Sample::value).sum();
  }

  private static Predicate<Map<String, String>> matcherOf(String matcher) {
    Matcher m = Pattern.compile("([a-z_]+)(=~|!~|!=|=)(.*)").matcher(matcher);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a label matcher: " + matcher);
    }
    String label = m.group(1);
    String value = m.group(3);
    Pattern regex = Pattern.compile(value);
    return switch (m.group(2)) {
      case "=" -> labels -> value.equals(labels.getOrDefault(label, ""));
      case "!=" -> labels -> !value.equals(labels.getOrDefault(label, ""));
      case "=~" -> labels -> regex.matcher(labels.getOrDefault(label, "")).matches();
      default -> labels -> !regex.matcher(labels.getOrDefault(label, "")).matches();
    };
  }
}
