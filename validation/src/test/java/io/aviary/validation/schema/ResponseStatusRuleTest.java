package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import org.junit.jupiter.api.Test;

class ResponseStatusRuleTest {

  @Test
  void rejectsNon3xxRedirectCodesAndStatusesOutside200To599() {
    var findings = AnalyzerRun.onText(VsFixture.HEAD + """
          - redirect: {uri: /x, redirectCode: 200}
          - directResponse: {status: 600}
          - fault: {abort: {httpStatus: 199}}
            route:
            - destination: {host: reviews}
          - redirect: {uri: /y, redirectCode: 308}
          - directResponse: {status: 599}
        """, new ResponseStatusRule());

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactly(
        tuple("IST0106", 7, "Schema validation error: 200 is not a valid redirect code, must be 3xx"),
        tuple("IST0106", 8, "Schema validation error: HTTP status 600 is not in range 200-599"),
        tuple("IST0106", 9, "Schema validation error: HTTP status 199 is not in range 200-599"));
  }
}
