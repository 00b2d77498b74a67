package io.aviary.analysis;

/** A p99 interval in milliseconds: {@code low} 0 and {@code high} infinite mean unbounded on that side. */
public record QuantileInterval(double low, double high) {

  /** {@code [150ms, 171ms]}, with {@code -} for an open end. */
  public String describe() {
    return "[" + (low == 0 ? "-" : Numbers.ratio(low) + "ms") + ", "
        + (Double.isInfinite(high) ? "-" : Numbers.ratio(high) + "ms") + "]";
  }
}
