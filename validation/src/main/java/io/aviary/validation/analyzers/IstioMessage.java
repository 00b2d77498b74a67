package io.aviary.validation.analyzers;

import io.aviary.model.Resource;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;

/**
 * The istioctl messages these analyzers report, with code, level and template exactly as in Istio's
 * {@code pkg/config/analysis/msg/messages.yaml}, so that a finding reads the same as istioctl's and links to the
 * same documentation page.
 */
enum IstioMessage {
  REFERENCED_RESOURCE_NOT_FOUND("IST0101", Level.Error, "Referenced %s not found: %q"),
  CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS("IST0109", Level.Error,
      "The VirtualServices %s associated with mesh gateway define the same host %s which can lead to undefined"
          + " behavior. This can be fixed by merging the conflicting VirtualServices into a single resource."),
  VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED("IST0112", Level.Error,
      "This VirtualService routes to a service %q that exposes multiple ports %v. Specifying a port in the"
          + " destination is required to disambiguate."),
  NO_SERVER_CERTIFICATE_VERIFICATION_DESTINATION_LEVEL("IST0128", Level.Warning,
      "DestinationRule %s in namespace %s has TLS mode set to %s but no caCertificates are set to validate server"
          + " identity for host: %s"),
  NO_SERVER_CERTIFICATE_VERIFICATION_PORT_LEVEL("IST0129", Level.Warning,
      "DestinationRule %s in namespace %s has TLS mode set to %s but no caCertificates are set to validate server"
          + " identity for host: %s at port %s"),
  VIRTUAL_SERVICE_UNREACHABLE_RULE("IST0130", Level.Warning, "VirtualService rule %v not used (%s)."),
  VIRTUAL_SERVICE_INEFFECTIVE_MATCH("IST0131", Level.Info,
      "VirtualService rule %v match %v is not used (duplicate/overlapping match in rule %v)."),
  VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY("IST0132", Level.Warning,
      "one or more host %v defined in VirtualService %s not found in Gateway %s."),
  CONFLICTING_GATEWAYS("IST0145", Level.Error,
      "Conflict with gateways %s (workload selector %s, port %s, hosts %v)."),
  DESTINATION_RULE_SUBSET_NOT_SELECT_PODS("IST0173", Level.Error,
      "The Subset %s defined in the DestinationRule does not select any pods. Which may lead to 503 UH"
          + " (NoHealthyUpstream)."),
  UNKNOWN_DESTINATION_RULE_HOST("IST0174", Level.Warning,
      "The host %s defined in the DestinationRule does not match any services in the mesh.");

  private final String code;
  private final Level level;
  private final String template;

  IstioMessage(String code, Level level, String template) {
    this.code = code;
    this.level = level;
    this.template = template;
  }

  String code() {
    return code;
  }

  /** Reports this message about the field at {@code pointer}, the template filled with {@code args}. */
  void report(Findings findings, Resource resource, String pointer, Object... args) {
    findings.report(resource, pointer, code, level, GoFormat.sprintf(template, args));
  }
}
