package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegexStringMatchRuleTest {

  private static List<Finding> check(String http) {
    return AnalyzerRun.onText(VsFixture.HEAD + http, new RegexStringMatchRule());
  }

  @Test
  void rejectsABackReferenceWithIstiosMessageAtTheRegexLine() {
    List<Finding> findings = check("""
          - match:
            - headers:
                x-a: {regex: "(a)\\\\1"}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).extracting(Finding::code, Finding::level, Finding::line, Finding::message).containsExactly(
        tuple("IST0106", Level.Error, 9, "Schema validation error: \"headers\": error parsing regexp: invalid escape "
            + "sequence: `\\1`; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)"));
  }

  @Test
  void rejectsLookaroundInAUriRegex() {
    List<Finding> findings = check("""
          - match:
            - uri: {regex: "/a(?=b)"}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(8);
      assertThat(f.message()).startsWith(
          "Schema validation error: \"uri\": error parsing regexp: invalid or unsupported Perl syntax: `(?=`");
    });
  }

  @Test
  void checksCorsOriginsAndRegexRewrites() {
    List<Finding> findings = check("""
          - corsPolicy:
              allowOrigins:
              - regex: "[a"
            rewrite:
              uriRegexRewrite: {match: "(x", rewrite: /y}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
        tuple(9, "Schema validation error: \"corsPolicy.allowOrigins\": error parsing regexp: missing closing ]: `[a`"
            + "; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)"),
        tuple(11, "Schema validation error: \"HTTPRewrite.UriRegexRewrite.Match\": error parsing regexp: missing "
            + "closing ): `(x`; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)"));
  }

  @Test
  void allowsTheStarPresenceMatchInHeadersQueryParamsAndWithoutHeaders() {
    assertThat(check("""
          - match:
            - headers: {x-a: {regex: "*"}}
              withoutHeaders: {x-b: {regex: "*"}}
              queryParams: {q: {regex: "*"}}
            route:
            - destination: {host: reviews}
        """)).isEmpty();
  }

  @Test
  void rejectsTheStarOnAUriBecauseThereItIsARegex() {
    assertThat(check("""
          - match:
            - uri: {regex: "*"}
            route:
            - destination: {host: reviews}
        """)).extracting(Finding::message).singleElement().asString().contains("missing argument to repetition");
  }

  @Test
  void rejectsEmptyAndOverlongRegexesAndEmptyHeaderPrefixes() {
    List<Finding> findings = check("""
          - match:
            - method: {regex: ""}
              authority: {regex: "%s"}
              headers: {x-a: {prefix: ""}}
              uri: {prefix: ""}
            route:
            - destination: {host: reviews}
        """.formatted("a".repeat(1025)));

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple(8, "Schema validation error: \"method\": regex string match should not be empty"),
        tuple(9, "Schema validation error: \"authority\": regex is too large, max length allowed is 1024"),
        tuple(10, "Schema validation error: \"headers\": prefix string match should not be empty"));
  }
}
