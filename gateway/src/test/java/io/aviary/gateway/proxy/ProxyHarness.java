package io.aviary.gateway.proxy;

import io.aviary.gateway.server.GatewayServer;
import io.aviary.gateway.server.GatewaySnapshot;
import io.aviary.gateway.server.ListenerPlan;
import io.aviary.gateway.transport.Transport;
import io.aviary.model.load.ManifestLoader;
import io.aviary.model.registry.Workloads;
import io.aviary.routing.RouteTableCompiler;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real gateway on loopback over YAML given inline, with the fake chooser and a recording observer. */
final class ProxyHarness implements AutoCloseable {

  final List<CompletedExchange> completed = new CopyOnWriteArrayList<>();
  private final EventLoopGroup group;
  private final GatewayServer server;
  final int port;

  ProxyHarness(String yaml, Map<String, Integer> upstreamPorts) throws InterruptedException {
    this(yaml, upstreamPorts, ProxyLimits.defaults());
  }

  ProxyHarness(String yaml, Map<String, Integer> upstreamPorts, ProxyLimits limits) throws InterruptedException {
    var resources = new ManifestLoader("default").loadText(yaml, "test.yaml").resources();
    ListenerPlan plan = ListenerPlan.of(resources, Workloads.EMBEDDED_GATEWAY_LABELS);
    GatewaySnapshot snapshot =
        new GatewaySnapshot(1, RouteTableCompiler.of(resources), plan, new FixedUpstreams(upstreamPorts));
    Transport transport = Transport.best();
    group = transport.newGroup(1, new DefaultThreadFactory("test-gateway", true));
    ProxyContext context = new ProxyContext(() -> snapshot, completed::add, limits, transport);
    server = new GatewayServer(group, transport, context, limits);
    var bound = server.bind(plan.ports(), "127.0.0.1", Map.of(80, 0), p -> null);
    port = bound.getFirst().boundPort();
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
