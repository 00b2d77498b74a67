package io.aviary.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The part of Kubernetes' {@code metadata} that Aviary uses. A missing namespace is filled in by the loader. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectMeta(
    String name,
    String namespace,
    Map<String, String> labels,
    Map<String, String> annotations,
    @Nullable String creationTimestamp) {

  public ObjectMeta {
    name = name == null ? "" : name;
    namespace = namespace == null ? "" : namespace;
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }

  public static ObjectMeta of(String namespace, String name) {
    return new ObjectMeta(name, namespace, Map.of(), Map.of(), null);
  }

  public ObjectMeta withNamespace(String newNamespace) {
    return new ObjectMeta(name, newNamespace, labels, annotations, creationTimestamp);
  }
}
