package io.aviary.controller.status;

import io.aviary.analysis.JudgeState;
import io.aviary.controller.spec.HookType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the controller remembers between ticks; written to the Canary's status so a restarted controller
 * continues where it stopped. {@code appliedRevision} is the revision the current or last run analysed;
 * {@code promotedRevision} the one last promoted, which never starts a run again (a user reverting to it needs no
 * analysis). {@code pendingGate} names the confirm-* gate holding the run, if any. {@code events} keeps the last
 * {@link #MAX_EVENTS} decisions. {@code judge} is the sequential judge's memory of the current run (its e-processes
 * live from the canary's first traffic to the run's end and are never reset at a step); null without a sequential
 * judge or before the canary's first traffic.
 */
public record CanaryStatus(
    Phase phase,
    TrafficState traffic,
    RunProgress run,
    @Nullable String appliedRevision,
    @Nullable String promotedRevision,
    Instant lastTransitionTime,
    boolean paused,
    @Nullable HookType pendingGate,
    List<CanaryEvent> events,
    @Nullable JudgeState judge) {

  public static final int MAX_EVENTS = 64;

  public CanaryStatus {
    events = List.copyOf(events);
  }

  /** The status of a Canary the controller has not acted on yet. */
  public static CanaryStatus initial(String stableSubset, String canarySubset, Instant now) {
    return new CanaryStatus(Phase.INITIALIZING, new TrafficState(stableSubset, canarySubset, 0, false),
        RunProgress.fresh(now, true), null, null, now, false, null, List.of(), null);
  }

  public int canaryWeight() {
    return traffic.canaryWeight();
  }

  public int failedChecks() {
    return run.failedChecks();
  }

  public int iterations() {
    return run.iterations();
  }

  public String stableSubset() {
    return traffic.stableSubset();
  }

  /** This status in {@code next}; {@code lastTransitionTime} moves only when the phase does. */
  public CanaryStatus inPhase(Phase next, Instant now) {
    Instant transition = next == phase ? lastTransitionTime : now;
    return new CanaryStatus(next, traffic, run, appliedRevision, promotedRevision, transition, paused, pendingGate,
        events, judge);
  }

  public CanaryStatus withTraffic(TrafficState next) {
    return new CanaryStatus(phase, next, run, appliedRevision, promotedRevision, lastTransitionTime, paused,
        pendingGate, events, judge);
  }

  public CanaryStatus withRun(RunProgress next) {
    return new CanaryStatus(phase, traffic, next, appliedRevision, promotedRevision, lastTransitionTime, paused,
        pendingGate, events, judge);
  }

  public CanaryStatus withRevisions(@Nullable String applied, @Nullable String promoted) {
    return new CanaryStatus(phase, traffic, run, applied, promoted, lastTransitionTime, paused, pendingGate, events,
        judge);
  }

  public CanaryStatus withPaused(boolean next) {
    return new CanaryStatus(phase, traffic, run, appliedRevision, promotedRevision, lastTransitionTime, next,
        pendingGate, events, judge);
  }

  public CanaryStatus withPendingGate(@Nullable HookType gate) {
    return new CanaryStatus(phase, traffic, run, appliedRevision, promotedRevision, lastTransitionTime, paused, gate,
        events, judge);
  }

  public CanaryStatus withJudge(@Nullable JudgeState next) {
    return new CanaryStatus(phase, traffic, run, appliedRevision, promotedRevision, lastTransitionTime, paused,
        pendingGate, events, next);
  }

  /** This status with {@code event} appended, dropping the oldest beyond {@link #MAX_EVENTS}. */
  public CanaryStatus withEvent(CanaryEvent event) {
    List<CanaryEvent> next = new ArrayList<>(events);
    next.add(event);
    List<CanaryEvent> bounded = next.subList(Math.max(0, next.size() - MAX_EVENTS), next.size());
    return new CanaryStatus(phase, traffic, run, appliedRevision, promotedRevision, lastTransitionTime, paused,
        pendingGate, bounded, judge);
  }
}
