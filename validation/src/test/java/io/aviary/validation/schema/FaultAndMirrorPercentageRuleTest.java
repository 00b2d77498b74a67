package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultAndMirrorPercentageRuleTest {

  private static List<Finding> check(String http) {
    return AnalyzerRun.onText(VsFixture.HEAD + http, new FaultAndMirrorPercentageRule());
  }

  @Test
  void rejectsAFaultWithoutAbortOrDelay() {
    assertThat(check("""
          - fault: {}
            route:
            - destination: {host: reviews}
        """)).extracting(Finding::code, Finding::line, Finding::message).containsExactly(
        tuple("IST0106", 7, "Schema validation error: HTTP fault injection must have an abort and/or a delay"));
  }

  @Test
  void rejectsFaultPercentagesOutsideZeroToAHundred() {
    List<Finding> findings = check("""
          - fault:
              abort: {httpStatus: 500, percentage: {value: 150}}
              delay:
                fixedDelay: 1s
                percentage: {value: 0.00001}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple(8, "Schema validation error: percentage 150 is neither 0.0, nor in range [0.0001, 100.0]"),
        tuple(11, "Schema validation error: percentage 1e-05 is neither 0.0, nor in range [0.0001, 100.0]"));
  }

  @Test
  void rejectsMirrorPercentagesOutsideZeroToAHundred() {
    List<Finding> findings = check("""
          - route:
            - destination: {host: reviews}
            mirror: {host: shadow}
            mirrorPercentage: {value: 101}
          - route:
            - destination: {host: reviews}
            mirrors:
            - destination: {host: shadow}
              percentage: {value: -1}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple(10, "Schema validation error: mirror_percentage must have a max value of 100 (it has 101.000000)"),
        tuple(15, "Schema validation error: mirror percentage must have a min value of 0 (it has -1.000000)"));
  }
}
