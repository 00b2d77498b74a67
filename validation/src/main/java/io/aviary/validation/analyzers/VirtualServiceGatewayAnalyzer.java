package io.aviary.validation.analyzers;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.Gateway;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.VirtualService;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Istio's {@code virtualservice.GatewayAnalyzer}: every Gateway a VirtualService binds to must exist (IST0101
 * {@code gateway}), and must serve at least one of the VirtualService's hosts (IST0132), otherwise the routes
 * never reach a listener. Like istioctl, a missing Gateway gets both messages.
 *
 * <p>Differs from istioctl: {@code ./name} is read as the VirtualService's namespace, as Istio's data plane
 * does, where istioctl's analyzer looks for a namespace called {@code .}.
 */
public final class VirtualServiceGatewayAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.code(),
        IstioMessage.VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (VirtualService vs : context.resources().virtualServices()) {
      List<String> gateways = vs.spec().gateways();
      for (int i = 0; i < gateways.size(); i++) {
        if (!GatewayReferences.isMesh(gateways.get(i))) {
          checkGateway(context, findings, vs, i);
        }
      }
    }
  }

  private static void checkGateway(AnalysisContext context, Findings findings, VirtualService vs, int index) {
    String reference = vs.spec().gateways().get(index);
    String pointer = JsonPointer.of("spec", "gateways", index);
    ResourceId id = GatewayReferences.resolve(reference, vs.namespace());
    Optional<Gateway> gateway = GatewayReferences.find(context.resources(), id);
    if (gateway.isEmpty()) {
      IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.report(findings, vs, pointer, "gateway", reference);
    }
    List<String> serverHosts = gateway.map(g -> hostsVisibleTo(g, vs.namespace())).orElse(List.of());
    if (!anyMatch(serverHosts, vs.spec().hosts())) {
      IstioMessage.VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY.report(
          findings, vs, pointer, vs.spec().hosts(), vs.id().qualifiedName(), id.qualifiedName());
    }
  }

  /**
   * The gateway's server hosts that a VirtualService in {@code namespace} may bind to, without their namespace
   * part: {@code ./h} belongs to the gateway's namespace, {@code *}/h and a bare {@code h} to every namespace.
   */
  static List<String> hostsVisibleTo(Gateway gateway, String namespace) {
    List<String> visible = new ArrayList<>();
    for (Gateway.Server server : gateway.spec().servers()) {
      for (String host : server.hosts()) {
        int slash = host.indexOf('/');
        if (slash < 0) {
          visible.add(host);
          continue;
        }
        String hostNamespace = host.substring(0, slash);
        String name = host.substring(slash + 1);
        String owner = hostNamespace.equals(".") ? gateway.namespace() : hostNamespace;
        if (owner.equals("*") || owner.equals(namespace)) {
          visible.add(name);
        }
      }
    }
    return visible;
  }

  private static boolean anyMatch(List<String> serverHosts, List<String> vsHosts) {
    for (String serverHost : serverHosts) {
      for (String vsHost : vsHosts) {
        if (new HostName(serverHost).matches(new HostName(vsHost))) {
          return true;
        }
      }
    }
    return false;
  }
}
