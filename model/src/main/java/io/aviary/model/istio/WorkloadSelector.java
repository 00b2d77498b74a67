package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** {@code workloadSelector: {labels: ...}} / {@code matchLabels}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkloadSelector(Map<String, String> labels, Map<String, String> matchLabels) {
  public WorkloadSelector {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
  }

  /** The labels to match, whichever of the two spellings the resource uses. */
  public Map<String, String> effectiveLabels() {
    return labels.isEmpty() ? matchLabels : labels;
  }
}
