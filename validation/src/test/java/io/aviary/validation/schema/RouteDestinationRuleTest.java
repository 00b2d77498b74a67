package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteDestinationRuleTest {

  private static List<Finding> check(String http) {
    return AnalyzerRun.onText(VsFixture.HEAD + http, new RouteDestinationRule());
  }

  @Test
  void rejectsANegativeWeightAtItsLine() {
    List<Finding> findings = check("""
          - route:
            - destination: {host: reviews, subset: v1}
              weight: -5
            - destination: {host: reviews, subset: v2}
              weight: 10
        """);

    assertThat(findings).extracting(Finding::code, Finding::level, Finding::line, Finding::message)
        .containsExactly(tuple("IST0106", Level.Error, 9, "Schema validation error: weight -5 < 0"));
  }

  @Test
  void rejectsSeveralDestinationsThatAllWeighZero() {
    List<Finding> findings = check("""
          - route:
            - destination: {host: reviews, subset: v1}
              weight: 0
            - destination: {host: reviews, subset: v2}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message)
        .containsExactly(tuple(7, "Schema validation error: total destination weight = 0"));
  }

  @Test
  void acceptsTotalsOtherThanAHundredAndALoneZeroWeight() {
    assertThat(check("""
          - route:
            - destination: {host: reviews, subset: v1}
              weight: 30
            - destination: {host: reviews, subset: v2}
              weight: 30
          - route:
            - destination: {host: reviews, subset: v1}
              weight: 0
        """)).isEmpty();
  }

  @Test
  void requiresARealDestinationHostForRoutesAndMirrors() {
    List<Finding> findings = check("""
          - route:
            - {destination: {host: ""}, weight: 5}
            - weight: 10
            mirror: {host: "*"}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple(8, "Schema validation error: empty domain name not allowed"),
        tuple(9, "Schema validation error: destination is required"),
        tuple(10, "Schema validation error: invalid destination host *"));
  }
}
