package io.aviary.gateway.telemetry.istio;

/**
 * Builds the label values of one series in {@link IstioLabel} order. Runs once per label set (when a series is first
 * bound), never per request.
 */
final class IstioLabelValues {

  /** What Istio emits for {@code grpc_response_status} on non-gRPC requests. */
  private static final String NO_GRPC_STATUS = "";

  private final GatewayIdentity gateway;

  IstioLabelValues(GatewayIdentity gateway) {
    this.gateway = gateway;
  }

  String[] of(Reporter reporter, DestinationIdentity destination, int responseCode, String responseFlags) {
    String[] values = new String[IstioLabel.values().length];
    values[IstioLabel.REPORTER.ordinal()] = reporter.labelValue();
    putSource(values);
    putDestination(values, destination);
    values[IstioLabel.REQUEST_PROTOCOL.ordinal()] = destination.protocol();
    values[IstioLabel.RESPONSE_CODE.ordinal()] = Integer.toString(responseCode);
    values[IstioLabel.GRPC_RESPONSE_STATUS.ordinal()] = NO_GRPC_STATUS;
    values[IstioLabel.RESPONSE_FLAGS.ordinal()] = ResponseFlags.orNone(responseFlags);
    values[IstioLabel.CONNECTION_SECURITY_POLICY.ordinal()] = reporter.connectionSecurityPolicy();
    return values;
  }

  private void putSource(String[] values) {
    values[IstioLabel.SOURCE_WORKLOAD.ordinal()] = gateway.workload();
    values[IstioLabel.SOURCE_CANONICAL_SERVICE.ordinal()] = gateway.canonicalService();
    values[IstioLabel.SOURCE_CANONICAL_REVISION.ordinal()] = gateway.canonicalRevision();
    values[IstioLabel.SOURCE_WORKLOAD_NAMESPACE.ordinal()] = gateway.namespace();
    values[IstioLabel.SOURCE_PRINCIPAL.ordinal()] = gateway.principal();
    values[IstioLabel.SOURCE_APP.ordinal()] = gateway.app();
    values[IstioLabel.SOURCE_VERSION.ordinal()] = gateway.version();
    values[IstioLabel.SOURCE_CLUSTER.ordinal()] = gateway.cluster();
  }

  private static void putDestination(String[] values, DestinationIdentity destination) {
    values[IstioLabel.DESTINATION_WORKLOAD.ordinal()] = destination.workload();
    values[IstioLabel.DESTINATION_WORKLOAD_NAMESPACE.ordinal()] = destination.workloadNamespace();
    values[IstioLabel.DESTINATION_PRINCIPAL.ordinal()] = destination.principal();
    values[IstioLabel.DESTINATION_APP.ordinal()] = destination.app();
    values[IstioLabel.DESTINATION_VERSION.ordinal()] = destination.version();
    values[IstioLabel.DESTINATION_SERVICE.ordinal()] = destination.service();
    values[IstioLabel.DESTINATION_CANONICAL_SERVICE.ordinal()] = destination.canonicalService();
    values[IstioLabel.DESTINATION_CANONICAL_REVISION.ordinal()] = destination.canonicalRevision();
    values[IstioLabel.DESTINATION_SERVICE_NAME.ordinal()] = destination.serviceName();
    values[IstioLabel.DESTINATION_SERVICE_NAMESPACE.ordinal()] = destination.serviceNamespace();
    values[IstioLabel.DESTINATION_CLUSTER.ordinal()] = destination.cluster();
  }
}
