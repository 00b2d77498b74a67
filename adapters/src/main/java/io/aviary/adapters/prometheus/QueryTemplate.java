package io.aviary.adapters.prometheus;

import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Renders a MetricTemplate's query the way Flagger's Go template does for the actions queries use:
 * {@code {{ namespace }}}, {@code {{namespace}}}, {@code {{ variables.NAME }}}, and the trim markers
 * {@code {{- x }}} / {@code {{ x -}}}. Anything else (pipelines, conditionals, unknown names) is refused with the
 * action named, where Go's {@code missingkey=error} would also fail, rather than sent to Prometheus half-rendered.
 */
final class QueryTemplate {

  /** The query, or why it cannot be rendered. */
  sealed interface Rendering {

    record Rendered(String query) implements Rendering {}

    record Invalid(String reason) implements Rendering {}
  }

  private static final Pattern VARIABLE = Pattern.compile("variables\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final String EXPECTED =
      "expected: name, namespace, target, service, ingress, route, interval or variables.NAME";

  private QueryTemplate() {}

  static Rendering render(String template, TemplateModel model) {
    StringBuilder out = new StringBuilder(template.length());
    int position = 0;
    while (true) {
      int open = template.indexOf("{{", position);
      if (open < 0) {
        out.append(template, position, template.length());
        return new Rendering.Rendered(out.toString());
      }
      int close = template.indexOf("}}", open + 2);
      if (close < 0) {
        return new Rendering.Invalid("query: unclosed {{ at offset %d".formatted(open));
      }
      out.append(template, position, open);
      String action = template.substring(open + 2, close);
      boolean trimBefore = action.length() > 1 && action.charAt(0) == '-' && Character.isWhitespace(action.charAt(1));
      boolean trimAfter = action.length() > 1 && action.endsWith("-")
          && Character.isWhitespace(action.charAt(action.length() - 2));
      String expression = action.substring(trimBefore ? 1 : 0, action.length() - (trimAfter ? 1 : 0)).strip();
      Optional<String> value = value(expression, model);
      if (value.isEmpty()) {
        return new Rendering.Invalid(problem(expression, model));
      }
      if (trimBefore) {
        trimTrailingWhitespace(out);
      }
      out.append(value.get());
      position = close + 2;
      while (trimAfter && position < template.length() && Character.isWhitespace(template.charAt(position))) {
        position++;
      }
    }
  }

  private static Optional<String> value(String expression, TemplateModel model) {
    return switch (expression) {
      case "name" -> Optional.of(model.name());
      case "namespace" -> Optional.of(model.namespace());
      case "target", "service", "ingress", "route" -> Optional.of(model.target());
      case "interval" -> Optional.of(model.interval());
      default -> {
        var variable = VARIABLE.matcher(expression);
        yield variable.matches() ? Optional.ofNullable(model.variables().get(variable.group(1))) : Optional.empty();
      }
    };
  }

  private static String problem(String expression, TemplateModel model) {
    var variable = VARIABLE.matcher(expression);
    if (variable.matches()) {
      String defined = model.variables().isEmpty()
          ? "none" : String.join(", ", new TreeSet<>(model.variables().keySet()));
      return "query: {{ %s }}: the metric's templateVariables have no %s (defined: %s)"
          .formatted(expression, variable.group(1), defined);
    }
    return "query: {{ %s }}: unknown template variable (%s)".formatted(expression, EXPECTED);
  }

  private static void trimTrailingWhitespace(StringBuilder out) {
    int end = out.length();
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
  }
}
