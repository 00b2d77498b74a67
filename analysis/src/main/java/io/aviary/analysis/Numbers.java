package io.aviary.analysis;

import java.util.Locale;

/** How the judge writes numbers in its explanations: short, and the same everywhere. */
final class Numbers {

  private Numbers() {}

  /** A ratio with two significant digits: 3.1, 0.52, 12, 150. */
  static String ratio(double value) {
    if (value == 0) {
      return "0";
    }
    if (value >= 10) {
      return Long.toString(Math.round(value));
    }
    return value >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2g", value);
  }

  /** An e-value or a p-value in three significant digits, switching to exponents for large and small ones. */
  static String evidence(double value) {
    if (value != 0 && (value >= 1e4 || value < 1e-3)) {
      return String.format(Locale.ROOT, "%.2e", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** A rate as a percentage: 0.14%. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2g%%", 100.0 * part / whole);
  }
}
