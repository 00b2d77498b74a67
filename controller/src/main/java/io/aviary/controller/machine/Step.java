package io.aviary.controller.machine;

import io.aviary.controller.action.Action;
import io.aviary.controller.status.CanaryStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The result of one tick: the status to write and the actions to carry out, in order. */
public record Step(CanaryStatus nextStatus, List<Action> actions) {

  public Step {
    actions = List.copyOf(actions);
  }

  static Step from(CanaryStatus status) {
    return new Step(status, List.of());
  }

  Step with(Action action) {
    return with(List.of(action));
  }

  Step with(List<? extends Action> more) {
    List<Action> all = new ArrayList<>(actions);
    all.addAll(more);
    return new Step(nextStatus, all);
  }

  Step status(UnaryOperator<CanaryStatus> change) {
    return new Step(change.apply(nextStatus), actions);
  }

  CanaryStatus status() {
    return nextStatus;
  }
}
