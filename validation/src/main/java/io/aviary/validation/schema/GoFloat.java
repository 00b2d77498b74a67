package io.aviary.validation.schema;

import java.math.BigDecimal;

/**
 * Prints a double the way Go's {@code %v} does ({@code 150}, {@code 12.5}, {@code 1e-05}), so that messages
 * copied from Istio read the same here as from istioctl.
 */
final class GoFloat {

  private GoFloat() {}

  static String format(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int exponent = exact.precision() - exact.scale() - 1;
    if (exponent < -4 || exponent >= 21) {
      String digits = exact.unscaledValue().abs().toString();
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String sign = value < 0 ? "-" : "";
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + "%02d".formatted(Math.abs(exponent));
    }
    return exact.toPlainString();
  }
}
