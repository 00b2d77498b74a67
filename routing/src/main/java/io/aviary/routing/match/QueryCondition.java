package io.aviary.routing.match;

import io.aviary.routing.RequestView;

/**
 * {@code queryParams}: the first parameter named {@code name}; {@code ?key} and {@code ?key=} both have the
 * empty value, which {@code exact: ""} matches. Values are compared as sent (not percent-decoded).
 */
public record QueryCondition(String name, ValueMatcher matcher) implements Condition {

  @Override
  public boolean test(RequestView request) {
    String path = request.path();
    long region = valueRegion(path);
    return region >= 0 && matcher.matches(path, (int) (region >>> 32), (int) region);
  }

  @Override
  public String failure(RequestView request) {
    String path = request.path();
    long region = valueRegion(path);
    String subject = "query parameter " + name + " " + matcher.describe();
    if (region < 0) {
      return subject + ": parameter absent";
    }
    return subject + " did not match \"" + path.substring((int) (region >>> 32), (int) region) + "\"";
  }

  /** The value's [from, to) packed as {@code from << 32 | to}, or -1 when the parameter is absent. */
  private long valueRegion(String path) {
    int start = path.indexOf('?');
    if (start < 0) {
      return -1;
    }
    int end = path.indexOf('#', start);
    end = end < 0 ? path.length() : end;
    int position = start + 1;
    while (position <= end) {
      int ampersand = path.indexOf('&', position);
      int pairEnd = ampersand < 0 || ampersand > end ? end : ampersand;
      int equals = path.indexOf('=', position);
      int nameEnd = equals < 0 || equals > pairEnd ? pairEnd : equals;
      if (nameEnd - position == name.length() && path.startsWith(name, position)) {
        int valueFrom = nameEnd == pairEnd ? pairEnd : nameEnd + 1;
        return ((long) valueFrom << 32) | pairEnd;
      }
      position = pairEnd + 1;
    }
    return -1;
  }
}
