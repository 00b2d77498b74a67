package io.aviary.embedded.runtime;

import io.aviary.embedded.control.ControlEndpoints;
import io.aviary.embedded.control.ManualWeightsService;
import io.aviary.embedded.driver.CanaryControllers;
import io.aviary.embedded.driver.DriverContext;
import io.aviary.embedded.driver.IntentMapper;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.embedded.state.InstanceInfo;
import io.aviary.embedded.state.StateDirectory;
import io.aviary.embedded.traffic.TrafficIntents;
import io.aviary.gateway.runtime.EmbeddedGateway;
import io.aviary.gateway.runtime.GatewayExtensions;
import io.aviary.gateway.runtime.GatewaySettings;
import io.aviary.gateway.runtime.StartupException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code aviary run}: the state directory is read first, so the weights it holds are in force when the first
 * configuration is applied and the first request is routed; then the gateway starts with the controller's
 * overlay and control routes; then a controller loop starts for every Canary.
 */
public final class EmbeddedRuntime implements AutoCloseable {

  private final EmbeddedGateway gateway;
  private final CanaryControllers controllers;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService webhookThreads;

  private EmbeddedRuntime(EmbeddedGateway gateway, CanaryControllers controllers, ScheduledExecutorService scheduler,
      ExecutorService webhookThreads) {
    this.gateway = gateway;
    this.controllers = controllers;
    this.scheduler = scheduler;
    this.webhookThreads = webhookThreads;
  }

  public static EmbeddedRuntime start(GatewaySettings gatewaySettings, ControllerSettings settings)
      throws StartupException {
    StateDirectory state = new StateDirectory(settings.stateDir());
    TrafficIntents intents = new TrafficIntents();
    List<CanaryRecord> saved = state.canaries();
    saved.forEach(record -> intents.restore(IntentMapper.canaryRouting(record)));
    state.manualWeights().forEach(intents::restore);
    ControlEndpoints control = new ControlEndpoints();
    EmbeddedGateway gateway = EmbeddedGateway.start(gatewaySettings,
        new GatewayExtensions(intents.overlay(), control::register));
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("aviary-controller").daemon(true).factory());
    ExecutorService webhookThreads = Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("aviary-webhook-", 0).factory());
    DriverContext context = new DriverContext(gateway.store(), intents, state, gateway.telemetry().subsets(),
        settings.templatedMetrics().apply(() -> gateway.store().current().resources()), settings.webhooks(), settings.clock(), webhookThreads, gatewaySettings.log());
    CanaryControllers controllers = new CanaryControllers(context, scheduler, saved);
    control.bind(controllers, new ManualWeightsService(gateway.store(), intents, state));
    controllers.start();
    InetSocketAddress admin = gateway.adminAddress();
    state.save(new InstanceInfo(ProcessHandle.current().pid(), admin.getHostString(), admin.getPort(),
        gateway.adminTokenFile().toString()));
    return new EmbeddedRuntime(gateway, controllers, scheduler, webhookThreads);
  }

  public EmbeddedGateway gateway() {
    return gateway;
  }

  public CanaryControllers controllers() {
    return controllers;
  }

  @Override
  public void close() {
    controllers.close();
    scheduler.shutdownNow();
    webhookThreads.shutdownNow();
    gateway.close();
  }
}
