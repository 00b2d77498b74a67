package io.aviary.validation.analyzers;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.VirtualService;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Istio's {@code virtualservice.ConflictingMeshGatewayHostsAnalyzer}: sidecars do not merge VirtualServices, so
 * two of them bound to {@code mesh} for the same host, visible in the same namespace, leave it undefined which
 * one applies (IST0109). Each VirtualService is reported once, with the first conflicting host.
 *
 * <p>istioctl walks a Go map, so with several conflicting hosts the one it names varies between runs; Aviary
 * names the first in the order the VirtualServices and their hosts were written.
 */
public final class ConflictingMeshGatewayHostsAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    Map<String, List<VirtualService>> byScopedHost = meshHosts(context.resources().virtualServices());
    Set<ResourceId> reported = new HashSet<>();
    for (var entry : byScopedHost.entrySet()) {
      List<VirtualService> conflicting = withExportedToAll(entry.getKey(), entry.getValue(), byScopedHost);
      if (conflicting.size() < 2) {
        continue;
      }
      String names = String.join(",", conflicting.stream().map(vs -> vs.id().qualifiedName()).sorted().toList());
      for (VirtualService vs : conflicting) {
        if (reported.add(vs.id())) {
          IstioMessage.CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS.report(
              findings, vs, JsonPointer.of("metadata", "name"), names, entry.getKey());
        }
      }
    }
  }

  /** Mesh-bound VirtualServices by {@code scope/fqdn}; a VirtualService naming a host twice is listed twice. */
  private static Map<String, List<VirtualService>> meshHosts(List<VirtualService> virtualServices) {
    Map<String, List<VirtualService>> byScopedHost = new LinkedHashMap<>();
    for (VirtualService vs : virtualServices) {
      if (!boundToMesh(vs)) {
        continue;
      }
      for (String scope : scopes(vs)) {
        for (String host : vs.spec().hosts()) {
          byScopedHost.computeIfAbsent(IstioHostNames.scoped(scope, vs.namespace(), host), k -> new ArrayList<>())
              .add(vs);
        }
      }
    }
    return byScopedHost;
  }

  /** A host visible in one namespace also conflicts with VirtualServices exported everywhere for a matching host. */
  private static List<VirtualService> withExportedToAll(
      String scopedHost, List<VirtualService> own, Map<String, List<VirtualService>> byScopedHost) {
    List<VirtualService> all = new ArrayList<>(own);
    String scope = scopedHost.substring(0, scopedHost.indexOf('/'));
    if (scope.equals(IstioHostNames.EXPORT_TO_ALL)) {
      return all;
    }
    HostName host = new HostName(scopedHost.substring(scope.length() + 1));
    for (var entry : byScopedHost.entrySet()) {
      String prefix = IstioHostNames.EXPORT_TO_ALL + "/";
      if (entry.getKey().startsWith(prefix) && host.matches(new HostName(entry.getKey().substring(prefix.length())))) {
        all.addAll(entry.getValue());
      }
    }
    return all;
  }

  private static boolean boundToMesh(VirtualService vs) {
    return vs.spec().gateways().isEmpty() || vs.spec().gateways().contains(GatewayReferences.MESH);
  }

  private static Set<String> scopes(VirtualService vs) {
    List<String> exportTo = vs.spec().exportTo();
    if (exportTo.isEmpty() || exportTo.contains(IstioHostNames.EXPORT_TO_ALL)) {
      return Set.of(IstioHostNames.EXPORT_TO_ALL);
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String target : exportTo) {
      scopes.add(target.equals(IstioHostNames.EXPORT_TO_OWN_NAMESPACE) ? vs.namespace() : target);
    }
    return scopes;
  }
}
