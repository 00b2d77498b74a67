package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class DeprecatedFieldRuleTest {

  @Test
  void warnsAboutTheLegacyDelayPercentAsIstiosDeprecationAnalyzerDoes() {
    var findings = AnalyzerRun.onText(VsFixture.HEAD + """
          - fault:
              delay: {fixedDelay: 5s, percent: 10}
            route:
            - destination: {host: reviews}
        """, new DeprecatedFieldRule());

    assertThat(findings).extracting(Finding::code, Finding::level, Finding::line, Finding::message).containsExactly(
        tuple("IST0002", Level.Warning, 8,
            "Deprecated: HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage"));
  }

  @Test
  void warnsAboutMirrorPercentAsAValidationWarning() {
    var findings = AnalyzerRun.onText(VsFixture.HEAD + """
          - route:
            - destination: {host: reviews}
            mirror: {host: shadow}
            mirrorPercent: 5
        """, new DeprecatedFieldRule());

    assertThat(findings).extracting(Finding::code, Finding::level, Finding::line, Finding::message).containsExactly(
        tuple("IST0133", Level.Warning, 10,
            "Schema validation warning: using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead"));
  }

  @Test
  void warnsAboutConsecutiveErrorsInAnyTrafficPolicy() {
    var findings = AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: reviews}
        spec:
          host: reviews
          subsets:
          - name: v1
            trafficPolicy:
              outlierDetection: {consecutiveErrors: 5}
        """, new DeprecatedFieldRule());

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactly(
        tuple("IST0133", 9, "Schema validation warning: outlier detection consecutive errors is deprecated, "
            + "use consecutiveGatewayErrors or consecutive5xxErrors instead"));
  }
}
