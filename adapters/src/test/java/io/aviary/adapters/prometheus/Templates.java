package io.aviary.adapters.prometheus;

import io.aviary.controller.port.MetricQuery;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.model.ObjectMeta;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.flagger.CrossNamespaceRef;
import io.aviary.model.flagger.MetricTemplate;
import io.aviary.model.source.Origin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** MetricTemplates and queries for the Prometheus provider's tests. */
final class Templates {

  static final ResourceId CANARY = new ResourceId("Canary", "shop", "next");

  private Templates() {}

  static MetricTemplate template(String namespace, String name, MetricTemplate.Provider provider, String query) {
    return new MetricTemplate("flagger.app/v1beta1", ObjectMeta.of(namespace, name),
        new MetricTemplate.Spec(provider, query), Origin.synthetic("test"));
  }

  static MetricTemplate.Provider prometheus(String address) {
    return new MetricTemplate.Provider("prometheus", address, null, null);
  }

  static ResourceSet resources(MetricTemplate... templates) {
    return ResourceSet.of(List.of(templates));
  }

  static MetricQuery query(String templateName, @Nullable String templateNamespace, Duration window,
      Map<String, String> variables) {
    return query("next-v2", templateName, templateNamespace, window, variables);
  }

  static MetricQuery query(String target, String templateName, @Nullable String templateNamespace, Duration window,
      Map<String, String> variables) {
    MetricCheck check = new MetricCheck("error-rate", window, null, 1.0,
        new CrossNamespaceRef(null, null, templateName, templateNamespace), variables);
    return new MetricQuery(CANARY, check, target, "v2", "v1");
  }

  static MetricQuery query(String templateName) {
    return query(templateName, null, Duration.ofMinutes(1), Map.of());
  }
}
