package io.aviary.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Go's {@code time.ParseDuration} (and CEL's {@code duration()}) read them: a sequence of decimal
 * numbers, each with a unit ({@code 1h30m}, {@code 0.5s}, {@code 100ms}), optionally signed; {@code 0} alone needs
 * no unit. Istio, Kubernetes CEL rules and Flagger all write durations this way, and {@link java.time.Duration}
 * parses a different (ISO-8601) syntax, hence this parser.
 */
public final class GoDuration {

  private static final Pattern COMPONENT = Pattern.compile("(\\d*(?:\\.\\d*)?)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");
  private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
      "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
      "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

  private GoDuration() {}

  /** The duration {@code text} denotes, or empty when Go would reject it (missing unit, junk, overflow). */
  public static Optional<Duration> parse(String text) {
    String body = text;
    boolean negative = false;
    if (body.startsWith("-") || body.startsWith("+")) {
      negative = body.startsWith("-");
      body = body.substring(1);
    }
    if (body.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (body.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher matcher = COMPONENT.matcher(body);
    int position = 0;
    while (position < body.length()) {
      if (!matcher.find(position) || matcher.start() != position || !hasDigit(matcher.group(1))) {
        return Optional.empty();
      }
      BigDecimal amount = new BigDecimal(normalize(matcher.group(1)));
      nanos = nanos.add(amount.multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(matcher.group(2)))));
      position = matcher.end();
    }
    if (nanos.compareTo(MAX_NANOS) > 0) {
      return Optional.empty();
    }
    long whole = nanos.longValue();
    return Optional.of(Duration.ofNanos(negative ? -whole : whole));
  }

  private static boolean hasDigit(String number) {
    return number.chars().anyMatch(Character::isDigit);
  }

  /** {@code .5} and {@code 5.} are valid Go numbers but not valid {@link BigDecimal} text. */
  private static String normalize(String number) {
    String text = number.startsWith(".") ? "0" + number : number;
    return text.endsWith(".") ? text + "0" : text;
  }
}
