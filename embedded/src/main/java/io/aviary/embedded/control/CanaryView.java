package io.aviary.embedded.control;

import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.controller.status.CheckRecord;
import io.aviary.embedded.state.CanaryRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A canary as {@code aviary status --output json} shows it: where it is (phase, weights, counters) and, when
 * asked, the decisions that brought it there.
 */
public record CanaryView(
    String namespace,
    String name,
    String phase,
    int canaryWeight,
    int stableWeight,
    String stableSubset,
    String canarySubset,
    int failedChecks,
    int iterations,
    boolean paused,
    String lastTransitionTime,
    String revision,
    @Nullable List<EventView> events) {

  public record EventView(String at, String phase, String severity, String reason, String message,
      List<CheckRecord> checks) {

    static EventView of(CanaryEvent event) {
      return new EventView(event.at().toString(), event.phase().wireName(), event.severity().name(), event.reason(),
          event.message(), event.checks());
    }
  }

  public static CanaryView of(CanaryRecord record, boolean withEvents) {
    CanaryStatus status = record.status();
    return new CanaryView(record.canary().namespace(), record.canary().name(), status.phase().wireName(),
        status.canaryWeight(), status.traffic().stableWeight(), status.stableSubset(),
        status.traffic().canarySubset(), status.failedChecks(), status.iterations(), status.paused(),
        status.lastTransitionTime().toString(), record.revision(),
        withEvents ? status.events().stream().map(EventView::of).toList() : null);
  }
}
