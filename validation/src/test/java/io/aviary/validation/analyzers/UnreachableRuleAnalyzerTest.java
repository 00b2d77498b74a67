package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class UnreachableRuleAnalyzerTest {

  private static final String HEAD = """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: {name: reviews, namespace: default}
      spec:
        hosts: [reviews]
        http:
      """;

  @Test
  void rulesAfterARuleWithoutMatchesAreUnreachable() {
    String yaml = HEAD + """
          - name: catch-all
            route: [{destination: {host: reviews}}]
          - name: catch-all-2
            route: [{destination: {host: reviews}}]
          - match: [{uri: {prefix: /api}}]
            route: [{destination: {host: reviews}}]
        """;
    assertThat(AnalyzerRun.onText(yaml, new UnreachableRuleAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(
            tuple("IST0130", Level.Warning,
                "VirtualService rule \"catch-all-2\" not used (only the last rule can have no matches).",
                lineOf(yaml, "name: catch-all-2")),
            tuple("IST0130", Level.Warning, "VirtualService rule #2 not used (route without matches defined before).",
                lineOf(yaml, "prefix: /api")));
  }

  @Test
  void aRuleWhoseMatchesAllRepeatEarlierOnesIsUnreachable() {
    String yaml = HEAD + """
          - name: first
            match:
            - {name: chrome, headers: {user-agent: {regex: ".*Chrome.*"}}}
            route: [{destination: {host: reviews}}]
          - match:
            - {name: again, headers: {user-agent: {regex: ".*Chrome.*"}}}
            route: [{destination: {host: reviews}}]
        """;
    assertThat(AnalyzerRun.onText(yaml, new UnreachableRuleAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(
            tuple("IST0130", Level.Warning, "VirtualService rule #1 not used (all matches used by prior rules).",
                lineOf(yaml, "- match:")),
            tuple("IST0131", Level.Info,
                "VirtualService rule #1 match \"again\" is not used (duplicate/overlapping match in rule \"first\").",
                lineOf(yaml, "name: again")));
  }

  @Test
  void aPrefixAnEarlierPrefixAlreadyCatchesIsIneffective() {
    String yaml = HEAD + """
          - match: [{uri: {prefix: /debug}}]
            route: [{destination: {host: reviews}}]
          - match: [{uri: {exact: /x}}, {uri: {prefix: /debugs}}]
            route: [{destination: {host: reviews}}]
        """;
    assertThat(AnalyzerRun.onText(yaml, new UnreachableRuleAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message)
        .containsExactly(tuple("IST0131", Level.Info,
            "VirtualService rule #1 match #1 of prefix /debugs is not used (duplicate/overlapping match in rule"
                + " #0 of prefix /debug on #0)."));
  }

  @Test
  void distinctMatchesFollowedByOneCatchAllAreAllReachable() {
    String yaml = HEAD + """
          - match: [{uri: {prefix: /api}, method: {exact: POST}}]
            route: [{destination: {host: reviews}}]
          - match: [{uri: {prefix: /api/v2}}, {headers: {cookie: {regex: ".*user=test.*"}}}]
            route: [{destination: {host: reviews}}]
          - route: [{destination: {host: reviews}}]
        """;
    assertThat(AnalyzerRun.onText(yaml, new UnreachableRuleAnalyzer())).isEmpty();
  }
}
