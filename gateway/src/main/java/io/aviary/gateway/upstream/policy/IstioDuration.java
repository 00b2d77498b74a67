package io.aviary.gateway.upstream.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * Parses the duration strings Istio's protobuf-JSON fields carry: Go style sequences of decimal numbers with
 * units, e.g. {@code 10s}, {@code 1.5s}, {@code 100ms}, {@code 1h30m}.
 */
final class IstioDuration {

  private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
      "h", 3_600_000_000_000L,
      "m", 60_000_000_000L,
      "s", 1_000_000_000L,
      "ms", 1_000_000L,
      "us", 1_000L,
      "µs", 1_000L,
      "ns", 1L);

  private IstioDuration() {}

  /** The duration {@code text}; {@code field} only names the setting in the error message. */
  static Duration parse(String field, String text) {
    String rest = text.trim();
    if (rest.isEmpty()) {
      throw invalid(field, text);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    while (!rest.isEmpty()) {
      int numberEnd = 0;
      while (numberEnd < rest.length() && (Character.isDigit(rest.charAt(numberEnd)) || rest.charAt(numberEnd) == '.')) {
        numberEnd++;
      }
      int unitEnd = numberEnd;
      while (unitEnd < rest.length() && !Character.isDigit(rest.charAt(unitEnd)) && rest.charAt(unitEnd) != '.') {
        unitEnd++;
      }
      Long unit = NANOS_PER_UNIT.get(rest.substring(numberEnd, unitEnd));
      if (numberEnd == 0 || unit == null) {
        throw invalid(field, text);
      }
      nanos = nanos.add(number(field, text, rest.substring(0, numberEnd)).multiply(BigDecimal.valueOf(unit)));
      rest = rest.substring(unitEnd);
    }
    return Duration.ofNanos(nanos.longValue());
  }

  private static BigDecimal number(String field, String text, String digits) {
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException e) {
      throw invalid(field, text);
    }
  }

  private static IllegalArgumentException invalid(String field, String text) {
    return new IllegalArgumentException(
        field + ": \"" + text + "\" (expected: a duration such as 10s, 1.5s, 100ms or 1h30m)");
  }
}
