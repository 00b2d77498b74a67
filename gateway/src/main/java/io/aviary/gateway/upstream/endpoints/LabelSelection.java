package io.aviary.gateway.upstream.endpoints;

import java.util.Map;

/** Kubernetes' equality-based label selection, the one rule Services, workload selectors and subsets share. */
final class LabelSelection {

  private LabelSelection() {}

  /** Whether every selector label is present in {@code labels} with the same value (an empty selector matches). */
  static boolean matches(Map<String, String> selector, Map<String, String> labels) {
    for (var entry : selector.entrySet()) {
      if (!entry.getValue().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
