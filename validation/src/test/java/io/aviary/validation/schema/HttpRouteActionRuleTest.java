package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpRouteActionRuleTest {

  private static List<Finding> check(String http) {
    return AnalyzerRun.onText(VsFixture.HEAD + http, new HttpRouteActionRule());
  }

  @Test
  void rejectsARedirectTogetherWithARouteAndAFault() {
    List<Finding> findings = check("""
          - redirect: {uri: /new}
            fault: {abort: {httpStatus: 500}}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple("IST0106", 9, "Schema validation error: HTTP route cannot contain both route and redirect"),
        tuple("IST0106", 8, "Schema validation error: HTTP route cannot contain both fault and redirect"));
  }

  @Test
  void rejectsADirectResponseTogetherWithARewrite() {
    assertThat(check("""
          - directResponse: {status: 503}
            rewrite: {uri: /x}
        """)).extracting(Finding::line, Finding::message).containsExactly(
        tuple(8, "Schema validation error: HTTP route rule cannot contain both rewrite and direct_response"));
  }

  @Test
  void requiresSomeAction() {
    assertThat(check("""
          - name: nothing
            timeout: 1s
        """)).extracting(Finding::line, Finding::message).containsExactly(
        tuple(7, "Schema validation error: HTTP route, redirect or direct_response is required"));
  }

  @Test
  void rejectsARouteOnADelegatingRootRule() {
    assertThat(check("""
          - name: root
            delegate: {name: reviews-delegate}
            route:
            - destination: {host: reviews}
        """)).extracting(Finding::line, Finding::message).containsExactly(
        tuple(9, "Schema validation error: root HTTP route root must not specify route"));
  }

  @Test
  void rejectsMirrorTogetherWithMirrors() {
    assertThat(check("""
          - route:
            - destination: {host: reviews}
            mirror: {host: shadow}
            mirrors:
            - destination: {host: shadow2}
        """)).extracting(Finding::line, Finding::message).containsExactly(
        tuple(10, "Schema validation error: HTTP route cannot contain both mirror and mirrors"));
  }
}
