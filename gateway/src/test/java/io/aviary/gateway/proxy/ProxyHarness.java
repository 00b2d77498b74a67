package io.aviary.gateway.proxy;

import io.aviary.gateway.server.GatewayServer;
import io.aviary.gateway.server.GatewaySnapshot;
import io.aviary.gateway.server.ListenerPlan;
import io.aviary.gateway.server.ListenerTls;
import io.aviary.gateway.server.TlsSetupException;
import io.aviary.gateway.transport.Transport;
import io.aviary.model.load.ManifestLoader;
import io.aviary.model.registry.Workloads;
import io.aviary.routing.RouteTableCompiler;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real gateway on loopback over YAML given inline, with the fake chooser and a recording observer. Every Gateway
 * port is bound on a free port ({@link #port} is the first, {@link #portFor} any), with the Gateways' TLS.
 */
final class ProxyHarness implements AutoCloseable {

  final List<CompletedExchange> completed = new CopyOnWriteArrayList<>();
  private final EventLoopGroup group;
  private final GatewayServer server;
  final int port;
  private final Map<Integer, Integer> boundPorts = new java.util.HashMap<>();

  ProxyHarness(String yaml, Map<String, Integer> upstreamPorts) throws InterruptedException {
    this(yaml, upstreamPorts, ProxyLimits.defaults());
  }

  ProxyHarness(String yaml, Map<String, Integer> upstreamPorts, ProxyLimits limits) throws InterruptedException {
    this(yaml, upstreamPorts, limits, Transport.best());
  }

  ProxyHarness(String yaml, Map<String, Integer> upstreamPorts, ProxyLimits limits, Transport transport)
      throws InterruptedException {
    var resources = new ManifestLoader("default").loadText(yaml, "test.yaml").resources();
    ListenerPlan plan = ListenerPlan.of(resources, Workloads.EMBEDDED_GATEWAY_LABELS);
    GatewaySnapshot snapshot =
        new GatewaySnapshot(1, RouteTableCompiler.of(resources), plan, new FixedUpstreams(upstreamPorts));
    group = transport.newGroup(1, new DefaultThreadFactory("test-gateway", true));
    ProxyContext context = new ProxyContext(() -> snapshot, completed::add, limits, transport);
    server = new GatewayServer(group, transport, context, limits);
    Map<Integer, Integer> anyFreePort = new java.util.HashMap<>();
    plan.ports().forEach(gatewayPort -> anyFreePort.put(gatewayPort, 0));
    var bound = server.bind(plan.ports(), "127.0.0.1", anyFreePort, tlsOf(plan)::forPort);
    bound.forEach(address -> boundPorts.put(address.gatewayPort(), address.boundPort()));
    port = bound.getFirst().boundPort();
  }

  private static ListenerTls tlsOf(ListenerPlan plan) {
    try {
      return ListenerTls.of(plan);
    } catch (TlsSetupException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the Gateway port {@code gatewayPort} (e.g. 443) is bound on loopback. */
  int portFor(int gatewayPort) {
    return boundPorts.get(gatewayPort);
  }

  /**
   * The most recent completed exchange. The observer runs on the event loop right after the response is
   * written, so a client can see the response first: wait for the record rather than race it.
   */
  CompletedExchange lastCompleted(int expectedCount) {
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> completed.size() >= expectedCount);
    return completed.getLast();
  }

  @Override
  public void close() {
    server.close();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }
}
