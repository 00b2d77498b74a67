package io.aviary.gateway.telemetry.istio;

import java.util.Locale;

/**
 * The labels of Istio's standard HTTP metrics, in the order Istio's stats filter emits them. The lower-case constant
 * name is the Prometheus label name; the ordinal indexes the label-value arrays built by {@link IstioLabelValues}.
 */
public enum IstioLabel {
  REPORTER,
  SOURCE_WORKLOAD,
  SOURCE_CANONICAL_SERVICE,
  SOURCE_CANONICAL_REVISION,
  SOURCE_WORKLOAD_NAMESPACE,
  SOURCE_PRINCIPAL,
  SOURCE_APP,
  SOURCE_VERSION,
  SOURCE_CLUSTER,
  DESTINATION_WORKLOAD,
  DESTINATION_WORKLOAD_NAMESPACE,
  DESTINATION_PRINCIPAL,
  DESTINATION_APP,
  DESTINATION_VERSION,
  DESTINATION_SERVICE,
  DESTINATION_CANONICAL_SERVICE,
  DESTINATION_CANONICAL_REVISION,
  DESTINATION_SERVICE_NAME,
  DESTINATION_SERVICE_NAMESPACE,
  DESTINATION_CLUSTER,
  REQUEST_PROTOCOL,
  RESPONSE_CODE,
  GRPC_RESPONSE_STATUS,
  RESPONSE_FLAGS,
  CONNECTION_SECURITY_POLICY;

  private static final String[] NAMES = namesInOrder();

  /** The Prometheus label name, e.g. {@code destination_workload}. */
  public String labelName() {
    return NAMES[ordinal()];
  }

  /** All label names in emission order; a fresh array, since Prometheus' builder keeps what it is given. */
  public static String[] labelNames() {
    return NAMES.clone();
  }

  private static String[] namesInOrder() {
    IstioLabel[] labels = values();
    String[] names = new String[labels.length];
    for (IstioLabel label : labels) {
      names[label.ordinal()] = label.name().toLowerCase(Locale.ROOT);
    }
    return names;
  }
}
