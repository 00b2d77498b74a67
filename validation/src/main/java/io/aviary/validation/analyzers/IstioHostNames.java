package io.aviary.validation.analyzers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host-string conversions as istioctl's analyzers do them ({@code analyzers/util/hosts.go}), which differ in
 * small ways from the data plane's ({@link io.aviary.model.istio.HostName}): case is kept, and a
 * {@code name.ns.svc.cluster.local} host names the Kubernetes object {@code ns/name}. Keeping them apart lets the
 * analyzers agree with istioctl without bending the router.
 */
final class IstioHostNames {

  static final String EXPORT_TO_ALL = "*";
  static final String EXPORT_TO_OWN_NAMESPACE = ".";

  private static final Pattern SERVICE_FQDN = Pattern.compile("^(.+)\\.(.+)\\.svc\\.cluster\\.local$");

  private IstioHostNames() {}

  /** Istio's {@code ConvertHostToFQDN}: a short name without dots gets {@code .ns.svc.cluster.local}. */
  static String toFqdn(String namespace, String host) {
    if (host.startsWith("*") || host.contains(".")) {
      return host;
    }
    return host + "." + namespace + ".svc.cluster.local";
  }

  /** Istio's {@code ScopedFqdn}: the namespace a host is visible in, a slash, and the host's FQDN. */
  static String scoped(String scope, String namespace, String host) {
    return scope + "/" + toFqdn(namespace, host);
  }

  /**
   * Istio's {@code GetResourceNameFromHost}: {@code ns/name} of the object a host refers to, for matching
   * VirtualService destinations with DestinationRule hosts; hosts that are not service FQDNs stay in
   * {@code defaultNamespace} verbatim.
   */
  static String resourceName(String defaultNamespace, String host) {
    Matcher fqdn = SERVICE_FQDN.matcher(host);
    if (fqdn.matches()) {
      return fqdn.group(2) + "/" + fqdn.group(1);
    }
    return defaultNamespace + "/" + host;
  }
}
