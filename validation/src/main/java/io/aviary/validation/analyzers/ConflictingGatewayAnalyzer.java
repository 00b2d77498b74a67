package io.aviary.validation.analyzers;

import io.aviary.model.istio.Gateway;
import io.aviary.model.registry.Workload;
import io.aviary.model.registry.Workloads;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Istio's {@code gateway.ConflictingGatewayAnalyzer}: two Gateways for the same gateway workloads that declare
 * the same host on the same port (and bind address) fight over one listener, and only one wins (IST0145). As in
 * Istio 1.24 and later, hosts conflict when they are written identically; {@code *.example.com} and
 * {@code a.example.com} do not.
 *
 * <p>Selectors are "the same" when equal, or when one's {@code k=v} text contains the other's and some workload
 * matches both. istioctl also adds each compared server's hosts to the other Gateway's list as a side effect,
 * which can blame the wrong Gateway when three are involved; Aviary compares each pair on its own.
 */
public final class ConflictingGatewayAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.CONFLICTING_GATEWAYS.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    List<Gateway> gateways = context.resources().gateways();
    for (Gateway gateway : gateways) {
      List<Gateway> rivals = gateways.stream()
          .filter(other -> !other.id().equals(gateway.id()))
          .filter(other -> sameWorkloads(gateway, other, context.workloads()))
          .toList();
      List<Gateway.Server> servers = gateway.spec().servers();
      for (int i = 0; i < servers.size(); i++) {
        reportConflicts(findings, gateway, i, rivals);
      }
    }
  }

  private static void reportConflicts(Findings findings, Gateway gateway, int index, List<Gateway> rivals) {
    Gateway.Server server = gateway.spec().servers().get(index);
    int port = portOf(server);
    List<String> conflicting = new ArrayList<>();
    for (Gateway rival : rivals) {
      Optional<Gateway.Server> rivalServer = lastServerOnPort(rival, port);
      if (rivalServer.isPresent() && sharesHost(server, rivalServer.get())) {
        conflicting.add(rival.id().qualifiedName());
      }
    }
    if (!conflicting.isEmpty()) {
      IstioMessage.CONFLICTING_GATEWAYS.report(findings, gateway, JsonPointer.of("spec", "servers", index),
          String.join(",", conflicting.stream().sorted().toList()),
          GatewaySelectors.describe(gateway.spec().selector()), Integer.toString(port),
          String.join(",", server.hosts()));
    }
  }

  private static boolean sameWorkloads(Gateway gateway, Gateway other, Workloads workloads) {
    String mine = GatewaySelectors.describe(gateway.spec().selector());
    String theirs = GatewaySelectors.describe(other.spec().selector());
    if (mine.equals(theirs)) {
      return true;
    }
    if (!mine.contains(theirs) && !theirs.contains(mine)) {
      return false;
    }
    return workloads.all().stream().anyMatch(w -> selectsBoth(w, gateway.spec().selector(), other.spec().selector()));
  }

  private static boolean selectsBoth(Workload workload, Map<String, String> first, Map<String, String> second) {
    return workload.selectedBy(first) && workload.selectedBy(second);
  }

  /** istioctl keeps one server per gateway and port: the last one written. */
  private static Optional<Gateway.Server> lastServerOnPort(Gateway gateway, int port) {
    Gateway.Server last = null;
    for (Gateway.Server server : gateway.spec().servers()) {
      if (portOf(server) == port) {
        last = server;
      }
    }
    return Optional.ofNullable(last);
  }

  private static boolean sharesHost(Gateway.Server server, Gateway.Server other) {
    return Objects.equals(bindOf(server), bindOf(other)) && server.hosts().stream().anyMatch(other.hosts()::contains);
  }

  private static int portOf(Gateway.Server server) {
    return server.port() == null || server.port().number() == null ? 0 : server.port().number();
  }

  private static String bindOf(Gateway.Server server) {
    return server.bind() == null ? "" : server.bind();
  }
}
