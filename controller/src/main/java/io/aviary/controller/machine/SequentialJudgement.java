package io.aviary.controller.machine;

import io.aviary.analysis.JudgeResult;
import io.aviary.analysis.JudgeState;
import io.aviary.analysis.JudgeVerdict;
import io.aviary.analysis.MetricReport;
import io.aviary.analysis.Outcome;
import io.aviary.analysis.SequentialJudge;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A tick of a run judged by the sequential judge, alongside Flagger's threshold checks. The judge's rejection is
 * final and rolls back at once (an anytime-valid test needs no count of failed checks); its holds (no traffic,
 * warm-up, a split that does not match the weights) hold like no data; otherwise the threshold checks decide as in
 * Flagger, and a passing tick advances when the step's interval is up or, with {@code advanceOnEvidence}, when the
 * judge shows the canary not worse. So the driver may tick more often than the interval: rollbacks come sooner and
 * steps last at most the interval.
 */
final class SequentialJudgement {

  /** A tick this close to the end of the interval counts as at its end, so scheduler jitter never costs a step. */
  private static final Duration SLACK = Duration.ofSeconds(1);

  private SequentialJudgement() {}

  /** The tick's judgement: the step with the judge's new state, the checks of both judges, the judge's verdict. */
  record Judged(Step step, CheckOutcome outcome, JudgeVerdict verdict) {}

  static Judged judge(Tick tick, Step step, CheckOutcome thresholds, SequentialJudge judge) {
    JudgeState state = step.status().judge();
    if (state == null) {
      state = judge.start(step.status().run().lastProgress(), null);
    }
    JudgeResult result = judge.judge(state, JudgeInput.of(tick.observations().traffic()), tick.now());
    List<CheckRecord> checks = new ArrayList<>(thresholds.checks());
    checks.addAll(records(result.verdict()));
    return new Judged(step.status(status -> status.withJudge(result.state())), new CheckOutcome(checks),
        result.verdict());
  }

  /** Progressing: roll back, hold, advance, or wait for the rest of the step. */
  static Step progress(Tick tick, Step step, CheckOutcome thresholds, SequentialJudge judge) {
    Judged judged = judge(tick, step, thresholds, judge);
    if (judged.verdict().outcome() == Outcome.ROLL_BACK) {
      return rollBack(tick, judged, judge);
    }
    boolean evidence = judged.verdict().outcome() == Outcome.ADVANCE && judged.outcome().passed();
    if (!evidence && !stepIsUp(tick, judged.step())) {
      // Between step ends only the judge moves: Flagger's threshold checks count once per interval, as in
      // Flagger, and a tick that decides nothing records no event.
      return judged.step();
    }
    if (!judged.outcome().passed()) {
      return Judgement.settle(tick, judged.step(), judged.outcome());
    }
    return Advancement.advance(tick, judged.step(), judged.outcome());
  }

  /** Rolls back with the evidence: the rejecting metric's explanation and, when known, both versions' p99. */
  static Step rollBack(Tick tick, Judged judged, SequentialJudge judge) {
    JudgeState state = judged.step().status().judge();
    String p99 = state == null ? "" : judge.p99Bounds(state).map(bounds -> "; " + bounds.describe()).orElse("");
    Step recorded = tick.record(judged.step(), Severity.WARNING, "JudgeRejected", "sequential judge: "
        + judged.verdict().reason() + p99 + "; rolling back at once: an anytime-valid test that rejects is final, "
        + "so no failed-check threshold applies", judged.outcome().checks());
    return Rollback.rollBack(tick, recorded, "the sequential judge found the canary worse: "
        + judged.verdict().reason());
  }

  private static boolean stepIsUp(Tick tick, Step step) {
    return remaining(tick, step).compareTo(SLACK) <= 0;
  }

  private static Duration remaining(Tick tick, Step step) {
    Duration dwelt = Duration.between(step.status().run().lastProgress(), tick.now());
    return tick.spec().analysis().interval().minus(dwelt);
  }

  /** One record for the decision, then one per metric with its explanation. */
  private static List<CheckRecord> records(JudgeVerdict verdict) {
    List<CheckRecord> records = new ArrayList<>();
    Verdict decision = switch (verdict.outcome()) {
      case ROLL_BACK -> Verdict.FAIL;
      case HALT -> Verdict.ERROR;
      case HOLD -> Verdict.NO_DATA;
      case CONTINUE, ADVANCE -> Verdict.PASS;
    };
    records.add(new CheckRecord("judge", null, null, null, decision, "sequential judge: " + verdict.reason()));
    for (MetricReport report : verdict.metrics()) {
      records.add(new CheckRecord("judge/" + report.metric(), report.eValue(), null, report.threshold(),
          verdict(report), report.describe()));
    }
    return records;
  }

  private static Verdict verdict(MetricReport report) {
    return switch (report.finding()) {
      case WORSE -> Verdict.FAIL;
      case MISMATCH -> Verdict.ERROR;
      case NO_DATA, EXCLUDED -> Verdict.NO_DATA;
      case NOT_WORSE, UNDECIDED -> Verdict.PASS;
    };
  }
}
