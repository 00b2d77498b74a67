package io.aviary.cli;

import io.aviary.model.registry.Workloads;
import io.aviary.validation.Analyzers;
import io.aviary.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options that shape validation. Aviary's embedded gateway counts as a workload, so a Gateway selecting its
 * labels (by default those of Istio's ingress gateway) is served.
 */
final class ValidationOptions {

  @Option(names = "--gateway-label", paramLabel = "KEY=VALUE",
      description = "Labels of Aviary's embedded gateway workload (default: istio=ingressgateway, app=istio-ingressgateway).")
  Map<String, String> gatewayLabels = new LinkedHashMap<>();

  @Option(names = "--gateway-namespace", defaultValue = "istio-system",
      description = "Namespace of Aviary's embedded gateway workload (default: ${DEFAULT-VALUE}).")
  String gatewayNamespace = "istio-system";

  Validator validator(String defaultNamespace) {
    Map<String, String> labels = gatewayLabels.isEmpty() ? Workloads.EMBEDDED_GATEWAY_LABELS : gatewayLabels;
    return new Validator(Analyzers.all(), List.of(Workloads.embeddedGateway(gatewayNamespace, labels)));
  }
}
