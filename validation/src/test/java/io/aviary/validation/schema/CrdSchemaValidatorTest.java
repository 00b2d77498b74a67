package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrdSchemaValidatorTest {

  private static List<Finding> validate(String yaml) {
    return AnalyzerRun.onText(yaml, CrdSchemaValidator.shipped());
  }

  private static final String VS_HEAD = """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: {name: reviews}
      spec:
        hosts: [reviews]
      """;

  @Test
  void reportsAWrongTypeAtTheFieldsLineWithItsFieldPath() {
    List<Finding> findings = validate(VS_HEAD + """
          http:
          - route:
            - destination: {host: reviews}
              weight: ten
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("IST0106");
      assertThat(f.level()).isEqualTo(Level.Error);
      assertThat(f.line()).isEqualTo(9);
      assertThat(f.message())
          .isEqualTo("Schema validation error: spec.http[0].route[0].weight: string found, integer expected");
    });
  }

  @Test
  void reportsAMissingRequiredFieldAtItsParentsLine() {
    List<Finding> findings = validate(VS_HEAD + """
          http:
          - route:
            - destination: {subset: v1}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
        tuple(
            8, "Schema validation error: spec.http[0].route[0].destination.host: Required value"));
  }

  @Test
  void rejectsUnknownFieldsAsKubectlsStrictValidationDoes() {
    List<Finding> findings = validate(VS_HEAD + """
          http:
          - route:
            - destination: {host: reviews}
              wieght: 10
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
        tuple(9, "Schema validation error: spec.http[0].route[0].wieght: unknown field"));
  }

  @Test
  void explainsAnIstioOneofWithSeveralFieldsSet() {
    List<Finding> findings = validate(VS_HEAD + """
          http:
          - match:
            - uri: {exact: /a, prefix: /b}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
        tuple(8,
            "Schema validation error: spec.http[0].match[0].uri: only one of exact, prefix, regex may be set"));
  }

  @Test
  void checksDurationsWithTheCrdsCelRuleReimplemented() {
    List<Finding> findings = validate(VS_HEAD + """
          http:
          - timeout: 10
            retries: {attempts: 2, perTryTimeout: 500us}
            fault: {delay: {fixedDelay: 1h30m, percentage: {value: 10}}}
            route:
            - destination: {host: reviews}
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple(7, "Schema validation error: spec.http[0].timeout: integer found, string expected"),
        tuple(8,
            "Schema validation error: spec.http[0].retries.perTryTimeout: must be a valid duration greater than 1ms"));
  }

  @Test
  void acceptsValidGoDurations() {
    for (String duration : List.of("1s", "0.5s", "100ms", "1m", "1h30m", "1ms")) {
      assertThat(validate(VS_HEAD + """
            http:
            - timeout: %s
              route:
              - destination: {host: reviews}
          """.formatted(duration))).as(duration).isEmpty();
    }
  }

  @Test
  void explainsFlaggersAnalysisAlternatives() {
    List<Finding> findings = validate("""
        apiVersion: flagger.app/v1beta1
        kind: Canary
        metadata: {name: podinfo}
        spec:
          targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
          service: {port: 9898}
          analysis:
            interval: 1m
            threshold: 5
        """);

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
        tuple(7, "Schema validation error: spec.analysis: must set interval, threshold "
            + "and one of iterations, stepWeight, stepWeights"));
  }

  @Test
  void reportsADecodeProblemWhenTheSchemaFoundNothing() {
    List<Finding> findings = validate("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: podinfo}
        spec:
          replicas: many
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("IST0106");
      assertThat(f.message()).startsWith("Schema validation error: spec.replicas: ");
    });
  }

  @Test
  void reportsMissingApiVersionAndKind() {
    List<Finding> findings = validate("""
        metadata: {name: nothing}
        spec: {}
        """);

    assertThat(findings).extracting(Finding::code, Finding::level, Finding::message).containsExactly(
        tuple("IST0106", Level.Error, "Schema validation error: apiVersion: Required value"),
        tuple("IST0106", Level.Error, "Schema validation error: kind: Required value"));
  }

  @Test
  void reportsKindsItDoesNotAnalyseAsInfoOnly() {
    List<Finding> findings = validate("""
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: {name: default}
        spec: {mtls: {mode: STRICT}}
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("AVY0001");
      assertThat(f.level()).isEqualTo(Level.Info);
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.message()).isEqualTo("Kind PeerAuthentication (security.istio.io/v1) is not analysed");
    });
  }

  @Test
  void stillSchemaChecksKindsItDoesNotAnalyse() {
    List<Finding> findings = validate("""
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: {name: default}
        spec: {mtls: {mode: SOMETIMES}}
        """);

    assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder("IST0106", "AVY0001");
  }
}
