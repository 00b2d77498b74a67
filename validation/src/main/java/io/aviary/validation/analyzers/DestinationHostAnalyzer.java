package io.aviary.validation.analyzers;

import io.aviary.model.istio.Destination;
import io.aviary.model.istio.VirtualService;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.Optional;
import java.util.Set;

/**
 * Istio's {@code virtualservice.DestinationHostAnalyzer}: a route or mirror destination must name a host that a
 * Service or ServiceEntry visible from the VirtualService's namespace defines (IST0101 {@code host} /
 * {@code mirror host}), on a port it exposes (IST0101 {@code host:port}); when the host exposes several ports the
 * destination must say which (IST0112), since Istio cannot pick one.
 *
 * <p>Differs from istioctl: only {@code http} routes are checked (Aviary does not model {@code tcp}/{@code tls}
 * routes), and the analyzer runs on files, where {@code istioctl analyze --use-kube=false} skips it because it
 * ignores Services in files.
 */
public final class DestinationHostAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.code(),
        IstioMessage.VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    VisibleHosts hosts = VisibleHosts.of(context.resources());
    for (VirtualService vs : context.resources().virtualServices()) {
      for (RouteDestinations.Located located : RouteDestinations.of(vs)) {
        check(hosts, findings, vs, located);
      }
    }
  }

  private static void check(VisibleHosts hosts, Findings findings, VirtualService vs, RouteDestinations.Located at) {
    Destination destination = at.destination();
    Optional<VisibleHosts.KnownHost> known =
        hosts.lookup(vs.namespace(), vs.spec().exportTo(), destination.host());
    if (known.isEmpty()) {
      IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.report(
          findings, vs, at.hostPointer(), at.mirror() ? "mirror host" : "host", destination.host());
      return;
    }
    Integer port = destination.portNumber();
    var ports = known.get().ports();
    if (port == null && ports.size() > 1) {
      IstioMessage.VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED.report(
          findings, vs, at.hostPointer(), destination.host(), ports);
    } else if (port != null && !ports.contains(port)) {
      IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.report(
          findings, vs, at.hostPointer(), "host:port", destination.host() + ":" + port);
    }
  }
}
