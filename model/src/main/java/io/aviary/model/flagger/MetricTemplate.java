package io.aviary.model.flagger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import org.jspecify.annotations.Nullable;

/** Flagger's MetricTemplate: a provider and a query with {@code {{ namespace }}}-style variables. */
public record MetricTemplate(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin)
    implements Resource {

  public static final String KIND = "MetricTemplate";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(@Nullable Provider provider, @Nullable String query) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Provider(
      @Nullable String type, @Nullable String address, @Nullable CrossNamespaceRef secretRef, @Nullable Boolean insecureSkipVerify) {}
}
