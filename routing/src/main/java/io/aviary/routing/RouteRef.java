package io.aviary.routing;

import io.aviary.model.ResourceId;
import org.jspecify.annotations.Nullable;

/**
 * The rule that produced a decision: its VirtualService, its index in that VirtualService's {@code http} list,
 * and Istio's route name ({@code http.name}, or {@code http.name + "." + match.name}).
 */
public record RouteRef(ResourceId virtualService, int index, @Nullable String name) {

  /** {@code rule #0 "chrome"} or {@code rule #1}, the way explanations name rules. */
  public String label() {
    return name == null ? "rule #" + index : "rule #" + index + " \"" + name + "\"";
  }
}
