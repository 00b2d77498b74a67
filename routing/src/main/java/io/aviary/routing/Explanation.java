package io.aviary.routing;

import java.util.List;

/**
 * Why a request got its decision, for people: {@code steps} walks the virtual host and each rule tried (with
 * the first condition that failed), {@code hints} suggests what to try when nothing matched.
 */
public record Explanation(RouteDecision decision, List<String> steps, List<String> hints) {

  public Explanation {
    steps = List.copyOf(steps);
    hints = List.copyOf(hints);
  }
}
