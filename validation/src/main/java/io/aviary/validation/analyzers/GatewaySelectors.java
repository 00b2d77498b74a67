package io.aviary.validation.analyzers;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a label selector as Kubernetes' {@code labels.SelectorFromSet(...).String()} does ({@code k1=v1,k2=v2},
 * keys sorted), the form istioctl puts in its selector messages.
 */
final class GatewaySelectors {

  private GatewaySelectors() {}

  static String describe(Map<String, String> selector) {
    return new TreeMap<>(selector).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }
}
