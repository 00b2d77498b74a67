package io.aviary.analysis;

/**
 * A confidence sequence's current interval for a rate ratio, on the judge's grid: {@code low} 0 means unbounded
 * below, {@code high} infinite means unbounded above (the grid ends at 1/64x and 64x the null ratio).
 */
public record RatioInterval(double low, double high) {

  /** {@code [1.4x, 7.9x]}. */
  public String describe() {
    return "[" + Numbers.ratio(low) + "x, " + (Double.isInfinite(high) ? "inf" : Numbers.ratio(high) + "x") + "]";
  }
}
