package io.aviary.analysis;

/**
 * How the judge writes numbers in its explanations: short, and the same everywhere. Written by hand rather than with
 * {@code String.format}, which would cost more than the statistics on every tick of a simulation.
 */
final class Numbers {

  private Numbers() {}

  /** A ratio with two significant digits below 10 and none above: 0.52, 3.1, 12, 150. */
  static String ratio(double value) {
    return value >= 10 ? Long.toString(Math.round(value)) : significant(value, 2);
  }

  /** An e-value or p-value with three significant digits, in exponent form when very large or small: 2.51e+05. */
  static String evidence(double value) {
    if (value == 0 || value >= 1e-3 && value < 1e4) {
      return significant(value, 3);
    }
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      return Double.toString(value);
    }
    int exponent = (int) Math.floor(Math.log10(value));
    double mantissa = value / Math.pow(10, exponent);
    if (mantissa >= 9.995) {
      mantissa /= 10;
      exponent++;
    }
    return fixed(mantissa, 2) + (exponent < 0 ? "e-" : "e+") + (Math.abs(exponent) < 10 ? "0" : "")
        + Math.abs(exponent);
  }

  /** A confidence level in percent without trailing zeros: 99, 99.5, 99.83. */
  static String level(double fraction) {
    return significant(100 * fraction, 4);
  }

  /** A rate as a percentage with two significant digits: 0.14%; {@code -} of nothing. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : significant(100.0 * part / whole, 2) + "%";
  }

  /** {@code value} rounded to {@code digits} significant digits, trailing zeros dropped: 3.1, 0.0052, 250. */
  static String significant(double value, int digits) {
    if (value == 0 || Double.isInfinite(value) || Double.isNaN(value)) {
      return value == 0 ? "0" : Double.toString(value);
    }
    int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
    int decimals = Math.max(0, digits - 1 - magnitude);
    return fixed(value, decimals);
  }

  /** {@code value} with at most {@code decimals} decimals, trailing zeros dropped. */
  private static String fixed(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    long scaled = Math.round(Math.abs(value) * scale);
    String digits = Long.toString(scaled);
    if (decimals > 0) {
      StringBuilder padded = new StringBuilder();
      for (int i = digits.length(); i <= decimals; i++) {
        padded.append('0');
      }
      digits = padded + digits;
      int point = digits.length() - decimals;
      int end = digits.length();
      while (end > point && digits.charAt(end - 1) == '0') {
        end--;
      }
      digits = end == point ? digits.substring(0, point) : digits.substring(0, point) + "." + digits.substring(point, end);
    }
    return value < 0 ? "-" + digits : digits;
  }
}
