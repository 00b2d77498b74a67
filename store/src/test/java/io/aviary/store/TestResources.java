package io.aviary.store;

import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.UnknownResource;
import io.aviary.model.source.Origin;
import io.aviary.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resources and validators built in code for store tests. */
final class TestResources {

  private TestResources() {}

  static Validator verdictValidator() {
    return new Validator(List.of(new VerdictLabelAnalyzer()), List.of());
  }

  static Resource configMap(String name, Map<String, String> labels, Map<String, String> annotations) {
    ObjectMeta metadata = new ObjectMeta(name, "default", labels, annotations, null);
    return new UnknownResource("v1", "ConfigMap", metadata, Origin.synthetic("test"));
  }

  static Resource configMap(String name) {
    return configMap(name, Map.of(), Map.of());
  }

  static Resource withAnnotation(Resource resource, String key, String value) {
    Map<String, String> annotations = new HashMap<>(resource.metadata().annotations());
    annotations.put(key, value);
    return configMap(resource.name(), resource.metadata().labels(), annotations);
  }

  static Resource withAnnotationAndLabel(Resource resource, String key, String value) {
    Map<String, String> labels = new HashMap<>(resource.metadata().labels());
    labels.put(key, value);
    return configMap(resource.name(), labels, resource.metadata().annotations());
  }
}
