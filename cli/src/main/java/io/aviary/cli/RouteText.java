package io.aviary.cli;

import io.aviary.routing.Explanation;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.Target;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The human form of a decision: the outcome, the walk through the rules, hints, and sampled shares. */
final class RouteText {

  private RouteText() {}

  static void render(Explanation explanation, @Nullable SampleCounts samples, PrintWriter out) {
    out.println(outcome(explanation.decision()));
    for (String step : explanation.steps()) {
      out.println("  " + step);
    }
    for (String hint : explanation.hints()) {
      out.println("hint: " + hint);
    }
    if (samples != null) {
      out.println("samples (" + samples.total() + " decisions):");
      samples.byTarget().forEach((target, count) -> out.println(String.format(Locale.ROOT, "  %6.2f%%  %s",
          100.0 * count / samples.total(), describe(target))));
    }
  }

  private static String outcome(RouteDecision decision) {
    return switch (decision) {
      case RouteDecision.Forward forward -> "forward to " + describe(forward.destination());
      case RouteDecision.Redirect redirect -> "redirect " + redirect.status() + " to " + redirect.location();
      case RouteDecision.DirectResponse direct -> "direct response " + direct.status()
          + (direct.body() == null ? "" : ": " + direct.body());
      case RouteDecision.NoRoute none -> "404 NR (" + none.reason() + "): " + none.detail();
    };
  }

  private static String describe(Target target) {
    return target.host().value()
        + (target.subset() == null ? "" : " subset " + target.subset())
        + (target.port() == null ? "" : " port " + target.port());
  }
}
