package io.aviary.validation.analyzers;

import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.TrafficPolicy;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Istio's {@code destinationrule.CaCertificateAnalyzer}: upstream TLS in mode SIMPLE or MUTUAL without
 * {@code caCertificates} does not verify the server's certificate, so the connection is encrypted but not
 * authenticated (IST0128 for the whole destination, IST0129 for one port). A {@code credentialName} on a
 * DestinationRule with a {@code workloadSelector} supplies the CA, so that case is not reported. Subset policies
 * are not checked, as in istioctl.
 *
 * <p>istioctl points at the missing {@code caCertificates} field and so prints the resource's first line; Aviary
 * points at the {@code tls} block that lacks it.
 */
public final class CaCertificateAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.NO_SERVER_CERTIFICATE_VERIFICATION_DESTINATION_LEVEL.code(),
        IstioMessage.NO_SERVER_CERTIFICATE_VERIFICATION_PORT_LEVEL.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (DestinationRule rule : context.resources().destinationRules()) {
      TrafficPolicy policy = rule.spec().trafficPolicy();
      if (policy == null) {
        continue;
      }
      if (unverified(rule, policy.tls())) {
        IstioMessage.NO_SERVER_CERTIFICATE_VERIFICATION_DESTINATION_LEVEL.report(findings, rule,
            JsonPointer.of("spec", "trafficPolicy", "tls"), rule.id().qualifiedName(), rule.namespace(),
            policy.tls().mode(), rule.spec().host());
      }
      checkPorts(findings, rule, policy.portLevelSettings());
    }
  }

  private static void checkPorts(Findings findings, DestinationRule rule, List<TrafficPolicy.PortTrafficPolicy> ports) {
    for (int i = 0; i < ports.size(); i++) {
      TrafficPolicy.PortTrafficPolicy port = ports.get(i);
      if (unverified(rule, port.tls())) {
        IstioMessage.NO_SERVER_CERTIFICATE_VERIFICATION_PORT_LEVEL.report(findings, rule,
            JsonPointer.of("spec", "trafficPolicy", "portLevelSettings", i, "tls"), rule.id().qualifiedName(),
            rule.namespace(), port.tls().mode(), rule.spec().host(), portSelectorText(port));
      }
    }
  }

  private static boolean unverified(DestinationRule rule, TrafficPolicy.@Nullable ClientTls tls) {
    if (tls == null || !("SIMPLE".equals(tls.mode()) || "MUTUAL".equals(tls.mode()))) {
      return false;
    }
    boolean hasCa = tls.caCertificates() != null && !tls.caCertificates().isEmpty();
    boolean credentialFromSecret = tls.credentialName() != null && !tls.credentialName().isEmpty()
        && rule.spec().workloadSelector() != null;
    return !hasCa && !credentialFromSecret;
  }

  /** The protobuf text form istioctl prints for a port selector: {@code number:443}, empty when unset. */
  private static String portSelectorText(TrafficPolicy.PortTrafficPolicy port) {
    return port.port() == null || port.port().number() == null ? "" : "number:" + port.port().number();
  }
}
