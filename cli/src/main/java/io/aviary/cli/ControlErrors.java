package io.aviary.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reasons in a refused control answer ({@code {"errors": [...]}}), joined for one line of output. */
final class ControlErrors {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ControlErrors() {}

  static String of(ControlClient.Answer answer) {
    try {
      JsonNode errors = JSON.readTree(answer.body()).path("errors");
      if (errors.isArray() && !errors.isEmpty()) {
        StringBuilder text = new StringBuilder();
        errors.forEach(error -> text.append(text.isEmpty() ? "" : "; ").append(error.asString()));
        return text.toString();
      }
    } catch (RuntimeException e) {
      // Not our JSON (a proxy in between?): show the status and body as they are.
    }
    return "HTTP " + answer.status() + ": " + answer.body().strip();
  }
}
