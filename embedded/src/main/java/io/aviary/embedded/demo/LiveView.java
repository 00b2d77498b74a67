package io.aviary.embedded.demo;

import io.aviary.embedded.state.CanaryRecord;
import io.aviary.gateway.telemetry.subset.SubsetKey;
import io.aviary.gateway.telemetry.subset.SubsetTelemetry;
import io.aviary.gateway.telemetry.subset.TrafficSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import io.aviary.controller.status.CanaryEvent;
import org.jspecify.annotations.Nullable;

/**
 * The demo's view: phase, weights, and per version the last 10 seconds' requests, success rate and p99. On a
 * terminal the line is redrawn in place every refresh and kept when the canary moves on; elsewhere (a log, a pipe)
 * one line is printed per controller tick.
 */
final class LiveView {

  private static final Duration WINDOW = Duration.ofSeconds(10);

  private final PrintWriter out;
  private final boolean terminal;
  private final SubsetTelemetry telemetry;
  private final String host;
  private final long startNanos = System.nanoTime();
  private @Nullable CanaryEvent lastEvent;
  private boolean started;
  private String lastPhase = "";

  LiveView(PrintWriter out, boolean terminal, SubsetTelemetry telemetry, String host) {
    this.out = out;
    this.terminal = terminal;
    this.telemetry = telemetry;
    this.host = host;
  }

  void refresh(CanaryRecord record) {
    String line = line(record);
    List<CanaryEvent> events = record.status().events();
    List<CanaryEvent> fresh = since(events, lastEvent);
    boolean moved = !record.status().phase().wireName().equals(lastPhase);
    if (terminal) {
      out.print("\r\033[2K" + line + (moved && started ? "\n" : ""));
    } else if (!fresh.isEmpty() || !started) {
      out.println(line);
    }
    printEvents(fresh);
    out.flush();
    lastEvent = events.isEmpty() ? null : events.getLast();
    started = true;
    lastPhase = record.status().phase().wireName();
  }

  /** The decisions since the last refresh, each with the checks it was based on: the evidence behind the view. */
  private void printEvents(List<CanaryEvent> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    if (terminal) {
      out.print("\n");
    }
    for (CanaryEvent event : fresh) {
      out.println("        " + event.reason() + ": " + event.message() + checks(event));
    }
  }

  private static String checks(CanaryEvent event) {
    return event.checks().isEmpty() ? "" : " [" + String.join("; ", event.checks().stream()
        .map(check -> check.name() + " " + check.verdict()
            + (check.value() == null ? "" : String.format(Locale.ROOT, " %.1f", check.value()))).toList()) + "]";
  }

  /** Events after {@code seen}; by time when {@code seen} has been dropped from the bounded history. */
  private static List<CanaryEvent> since(List<CanaryEvent> events, @Nullable CanaryEvent seen) {
    if (seen == null) {
      return events;
    }
    int index = events.indexOf(seen);
    if (index >= 0) {
      return events.subList(index + 1, events.size());
    }
    return events.stream().filter(event -> event.at().isAfter(seen.at())).toList();
  }

  void finish() {
    if (terminal) {
      out.println();
    }
  }

  private String line(CanaryRecord record) {
    var status = record.status();
    long seconds = Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    return String.format(Locale.ROOT, "[%3ds] %-16s %s %3d%% / %s %3d%%  | %s | %s", seconds,
        status.phase().wireName() + (status.paused() ? "*" : ""), status.stableSubset(),
        status.traffic().stableWeight(), status.traffic().canarySubset(), status.canaryWeight(),
        version(record, "v1"), version(record, "v2"));
  }

  private String version(CanaryRecord record, String subset) {
    TrafficSummary window = telemetry.window(new SubsetKey(record.canary().namespace(), host, subset), WINDOW);
    String rate = window.counts().successRatePercent().stream()
        .mapToObj(value -> String.format(Locale.ROOT, "%5.1f%%", value)).findFirst().orElse("    - ");
    String p99 = window.latencies().p99().stream()
        .mapToObj(value -> String.format(Locale.ROOT, "%4.0fms", value)).findFirst().orElse("    -");
    return String.format(Locale.ROOT, "%s %5d req %s ok p99 %s", subset, window.requests(), rate, p99);
  }
}
