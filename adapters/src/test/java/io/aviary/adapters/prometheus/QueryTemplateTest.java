package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.adapters.prometheus.QueryTemplate.Rendering;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTemplateTest {

  private static final TemplateModel MODEL =
      new TemplateModel("next", "shop", "next-v2", "30s", Map.of("route", "checkout", "code", "5.*"));

  private static Rendering render(String template) {
    return QueryTemplate.render(template, MODEL);
  }

  @Test
  void rendersFlaggersVariablesWithOrWithoutSpacesInsideTheBraces() {
    assertThat(render("x{namespace=\"{{ namespace }}\",w=~\"{{target}}\"}[{{  interval  }}] {{ name }}"))
        .isEqualTo(new Rendering.Rendered("x{namespace=\"shop\",w=~\"next-v2\"}[30s] next"));
  }

  @Test
  void rendersTheCanarysTemplateVariables() {
    assertThat(render("r{route=\"{{ variables.route }}\",code=~\"{{variables.code}}\"}"))
        .isEqualTo(new Rendering.Rendered("r{route=\"checkout\",code=~\"5.*\"}"));
  }

  @Test
  void fallsBackToTheTargetForServiceIngressAndRouteAsFlaggerDoesWithoutRefs() {
    assertThat(render("{{ service }} {{ ingress }} {{ route }}"))
        .isEqualTo(new Rendering.Rendered("next-v2 next-v2 next-v2"));
  }

  @Test
  void honoursGoTemplateTrimMarkers() {
    assertThat(render("a  {{- namespace -}}  b")).isEqualTo(new Rendering.Rendered("ashopb"));
  }

  @Test
  void leavesQueriesWithoutActionsAlone() {
    assertThat(render("sum(up)")).isEqualTo(new Rendering.Rendered("sum(up)"));
  }

  @Test
  void refusesAnUnknownVariableNamingIt() {
    assertThat(render("x[{{ window }}]")).isEqualTo(new Rendering.Invalid("query: {{ window }}: unknown template "
        + "variable (expected: name, namespace, target, service, ingress, route, interval or variables.NAME)"));
  }

  @Test
  void refusesATemplateVariableTheCanaryDoesNotDefine() {
    assertThat(render("{{ variables.region }}")).isEqualTo(new Rendering.Invalid(
        "query: {{ variables.region }}: the metric's templateVariables have no region (defined: code, route)"));
  }

  @Test
  void refusesAnUnclosedAction() {
    assertThat(render("x{{ namespace")).isEqualTo(new Rendering.Invalid("query: unclosed {{ at offset 1"));
  }
}
