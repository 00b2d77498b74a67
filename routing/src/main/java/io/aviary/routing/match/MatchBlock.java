package io.aviary.routing.match;

import io.aviary.routing.RequestView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One {@code match[]} entry compiled: its conditions, all of which must hold. No conditions: everything. */
public final class MatchBlock {

  private final Condition[] conditions;
  private final boolean catchAll;

  /**
   * @param catchAll whether Envoy would see this route as catch-all: path prefix {@code /} or regex {@code .*}
   *     (or no {@code uri}) and no header or query matcher
   */
  public MatchBlock(List<Condition> conditions, boolean catchAll) {
    this.conditions = conditions.toArray(Condition[]::new);
    this.catchAll = catchAll;
  }

  public boolean test(RequestView request) {
    for (Condition condition : conditions) {
      if (!condition.test(request)) {
        return false;
      }
    }
    return true;
  }

  /** The first condition {@code request} fails, or {@code null} when it passes them all. */
  public @Nullable Condition firstFailure(RequestView request) {
    for (Condition condition : conditions) {
      if (!condition.test(request)) {
        return condition;
      }
    }
    return null;
  }

  public boolean catchAll() {
    return catchAll;
  }
}
