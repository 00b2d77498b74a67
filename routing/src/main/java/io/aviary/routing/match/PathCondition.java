package io.aviary.routing.match;

import io.aviary.routing.RequestView;

/** {@code uri}: the path without its query string, matched in place. */
public record PathCondition(ValueMatcher matcher) implements Condition {

  @Override
  public boolean test(RequestView request) {
    String path = request.path();
    return matcher.matches(path, 0, pathEnd(path));
  }

  @Override
  public String failure(RequestView request) {
    String path = request.path();
    return "uri " + matcher.describe() + " did not match \"" + path.substring(0, pathEnd(path)) + "\"";
  }

  static int pathEnd(String path) {
    int question = path.indexOf('?');
    return question < 0 ? path.length() : question;
  }
}
