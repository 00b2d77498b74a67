package io.aviary.validation.schema;

import java.util.Optional;

/** Which CRD schema governs a manifest: API group, version and kind, as in {@code networking.istio.io/v1 Gateway}. */
public record CrdKey(String group, String version, String kind) {

  /** The key for a manifest's {@code apiVersion} and {@code kind}; empty for core kinds ({@code v1}), which have no CRD. */
  public static Optional<CrdKey> of(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    if (slash <= 0 || slash == apiVersion.length() - 1 || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CrdKey(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind));
  }

  @Override
  public String toString() {
    return group + "/" + version + " " + kind;
  }
}
