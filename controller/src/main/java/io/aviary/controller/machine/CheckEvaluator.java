package io.aviary.controller.machine;

import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a tick's checks: each metric against its range, and each {@code rollout} webhook by its answer. No data and
 * a failing backend are recorded as such and never as failures, so an idle or unmeasurable canary is not blamed.
 * A metric the driver did not report is a backend error: the driver owes a result for every check.
 */
final class CheckEvaluator {

  private CheckEvaluator() {}

  static CheckOutcome evaluate(List<MetricCheck> metrics, Observations observations) {
    List<CheckRecord> records = new ArrayList<>();
    for (MetricCheck check : metrics) {
      QueryResult result = observations.metrics().getOrDefault(check.name(), new QueryResult.Failed("not reported"));
      records.add(judge(check, result));
    }
    for (WebhookResult hook : observations.webhooks(HookType.ROLLOUT)) {
      Verdict verdict = hook.passed() ? Verdict.PASS : Verdict.FAIL;
      records.add(new CheckRecord(hook.name(), null, null, null, verdict,
          "rollout webhook %s %s: %s".formatted(hook.name(), hook.passed() ? "passed" : "failed", hook.detail())));
    }
    return new CheckOutcome(records);
  }

  private static CheckRecord judge(MetricCheck check, QueryResult result) {
    return switch (result) {
      case QueryResult.Value value -> {
        var violation = check.violation(value.value());
        yield new CheckRecord(check.name(), value.value(), check.min(), check.max(),
            violation.isPresent() ? Verdict.FAIL : Verdict.PASS,
            violation.orElse("%s %s within range".formatted(check.name(), value.value())));
      }
      case QueryResult.NoData noData -> new CheckRecord(check.name(), null, check.min(), check.max(), Verdict.NO_DATA,
          check.name() + " has no data (no canary traffic in the window yet)");
      case QueryResult.Failed failed -> new CheckRecord(check.name(), null, check.min(), check.max(), Verdict.ERROR,
          check.name() + " could not be read: " + failed.reason());
    };
  }
}
