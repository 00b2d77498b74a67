package io.aviary.controller.machine;

import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/** A tick's checks taken together: any failure fails the tick; otherwise any missing answer holds it. */
record CheckOutcome(List<CheckRecord> checks) {

  CheckOutcome {
    checks = List.copyOf(checks);
  }

  boolean failed() {
    return checks.stream().anyMatch(check -> check.verdict() == Verdict.FAIL);
  }

  boolean held() {
    return !failed() && checks.stream().anyMatch(check -> check.verdict() != Verdict.PASS);
  }

  boolean passed() {
    return !failed() && !held();
  }

  /** The details of the checks that did not pass, e.g. {@code request-success-rate 97 < min 99}. */
  String reasons() {
    return checks.stream().filter(check -> check.verdict() != Verdict.PASS).map(CheckRecord::detail)
        .collect(Collectors.joining("; "));
  }
}
