package io.aviary.gateway.runtime;

import io.aviary.gateway.admin.AdminResponse;
import io.aviary.gateway.admin.AdminRoutes;
import io.aviary.gateway.admin.AdminServer;
import io.aviary.gateway.admin.AdminToken;
import io.aviary.gateway.proxy.ExchangeObserver;
import io.aviary.gateway.proxy.ProxyContext;
import io.aviary.gateway.server.GatewayServer;
import io.aviary.gateway.server.ListenerAddress;
import io.aviary.gateway.server.ListenerPlan;
import io.aviary.gateway.server.ListenerTls;
import io.aviary.gateway.server.TlsSetupException;
import io.aviary.gateway.telemetry.GatewayTelemetry;
import io.aviary.gateway.telemetry.accesslog.AccessLogWriter;
import io.aviary.gateway.transport.Transport;
import io.aviary.gateway.upstream.UpstreamClusters;
import io.aviary.gateway.upstream.balancing.RandomSource;
import io.aviary.gateway.upstream.endpoints.EndpointIndex;
import io.aviary.gateway.upstream.health.ReadinessBoard;
import io.aviary.model.registry.Workloads;
import io.aviary.store.CandidateValidator;
import io.aviary.store.ConfigStore;
import io.aviary.store.FileConfigSource;
import io.aviary.store.FileSourceSettings;
import io.aviary.store.InMemoryConfigStore;
import io.aviary.store.Subscription;
import io.aviary.validation.Analyzers;
import io.aviary.validation.Validator;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@code aviary run}: the config store fed by the user's files, the gateway's listeners serving the Gateways
 * that select it, and the admin server. Every applied configuration is compiled and swapped in atomically;
 * requests in flight finish on the configuration they started with.
 */
public final class EmbeddedGateway implements AutoCloseable {

  public static final String VERSION = "aviary-0.1.0";

  /** Access log entries that may wait for the writer thread before new ones are dropped. */
  private static final int ACCESS_LOG_QUEUE = 8192;

  private final GatewaySettings settings;
  private final GatewayExtensions extensions;
  private final ConfigStore store = new InMemoryConfigStore(CandidateValidator.acceptAll(), Clock.systemUTC());
  private final GatewayTelemetry telemetry;
  private final ConfigCompiler compiler;
  private final List<AutoCloseable> resources = new ArrayList<>();
  private volatile CompiledConfig compiled;
  private volatile boolean ready;
  private final Validator advisor;
  private List<String> lastAdvisories = List.of();
  private GatewayServer server;
  private @Nullable ListenerReconciler listeners;
  private FileConfigSource source;
  private AdminServer admin;
  private AdminToken token;
  private ProxyContext proxy;

  private EmbeddedGateway(GatewaySettings settings, GatewayExtensions extensions) {
    this.settings = settings;
    this.extensions = extensions;
    this.telemetry = GatewayTelemetry.ingressGateway(settings.gatewayNamespace(), VERSION);
    this.compiler = new ConfigCompiler(settings.gatewayLabels(), new TelemetryBinding(telemetry));
    this.advisor = new Validator(Analyzers.advisory(), gatewayWorkload());
    this.compiled = compiler.compile(store.current(), UpstreamClusters.create(
        EndpointIndex.empty(), new ReadinessBoard(), System::nanoTime, RandomSource.threadLocal()));
  }

  public static EmbeddedGateway start(GatewaySettings settings) throws StartupException {
    return start(settings, GatewayExtensions.NONE);
  }

  public static EmbeddedGateway start(GatewaySettings settings, GatewayExtensions extensions)
      throws StartupException {
    if (System.getProperty("io.netty.leakDetection.level") == null) {
      // Leak detection samples buffers with stack traces: worth it in tests, a cost on every request in service.
      io.netty.util.ResourceLeakDetector.setLevel(io.netty.util.ResourceLeakDetector.Level.DISABLED);
    }
    EmbeddedGateway gateway = new EmbeddedGateway(settings, extensions);
    try {
      gateway.startAll();
      return gateway;
    } catch (StartupException e) {
      gateway.close();
      throw e;
    } catch (IOException | InterruptedException | RuntimeException e) {
      gateway.close();
      throw new StartupException("cannot start: " + e.getMessage(), List.of(String.valueOf(e.getMessage())));
    }
  }

  private void startAll() throws StartupException, IOException, InterruptedException {
    Subscription subscription = store.watch(this::apply);
    resources.add(subscription);
    startConfigSource();
    Transport transport = settings.transport();
    EventLoopGroup group = transport.newGroup(settings.ioThreads(), new DefaultThreadFactory("aviary-io", true));
    settings.log().accept("I/O: " + transport.name() + " transport, " + settings.ioThreads() + " event-loop thread"
        + (settings.ioThreads() == 1 ? "" : "s"));
    resources.add(() -> group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS));
    ExchangeObserver observer = withAccessLog(new TelemetryObserver(() -> compiled, new TelemetryBinding(telemetry)));
    proxy = new ProxyContext(() -> compiled.snapshot(), observer, settings.limits(), transport);
    ReadinessProber prober = new ReadinessProber(() -> compiled.clusters(), settings.probeInterval());
    resources.add(prober);
    prober.start();
    server = new GatewayServer(group, transport, proxy, settings.limits());
    resources.add(server);
    bindListeners();
    token = settings.adminTokenFile() != null
        ? AdminToken.read(settings.adminTokenFile())
        : AdminToken.generate(settings.generatedTokenFile());
    admin = AdminServer.start(group, transport, settings.admin(), adminRoutes(), token);
    resources.add(admin);
    settings.log().accept("admin on http://" + admin.address().getHostString() + ":" + admin.address().getPort()
        + " (token in " + token.file() + ")");
    ready = true;
  }

  /** Adds the access log when {@code --access-log} names a file or {@code -} (standard output); off by default. */
  private ExchangeObserver withAccessLog(ExchangeObserver observer) throws IOException {
    String target = settings.accessLog();
    if (target == null || target.isBlank()) {
      return observer;
    }
    AccessLogWriter writer = target.equals("-")
        ? AccessLogWriter.toStandardOutput(ACCESS_LOG_QUEUE)
        : AccessLogWriter.toFile(java.nio.file.Path.of(target), ACCESS_LOG_QUEUE);
    resources.add(writer);
    return observer.andThen(new AccessLogObserver(writer, () -> compiled));
  }

  private void startConfigSource() throws StartupException {
    Validator validator = new Validator(Analyzers.admission(), gatewayWorkload());
    FileSourceSettings files = FileSourceSettings.of(settings.paths(), validator)
        .withDefaultNamespace(settings.defaultNamespace())
        .withLog(settings.log())
        .withOverlay(extensions.overlay());
    switch (FileConfigSource.start(store, files)) {
      case FileConfigSource.StartResult.Started started -> {
        source = started.source();
        resources.add(source);
      }
      case FileConfigSource.StartResult.Failed failed ->
          throw new StartupException("the configuration is invalid", failed.rejection().problems());
    }
  }

  private List<io.aviary.model.registry.Workload> gatewayWorkload() {
    return List.of(Workloads.embeddedGateway(settings.gatewayNamespace(), settings.gatewayLabels()));
  }

  /** Binds the first configuration's ports; from then on every applied configuration reconciles them. */
  private synchronized void bindListeners() throws StartupException {
    var plan = compiled.snapshot().listeners();
    if (plan.ports().isEmpty()) {
      throw new StartupException("no Gateway selects this gateway (labels " + settings.gatewayLabels() + ")",
          List.of("add a Gateway whose selector matches " + settings.gatewayLabels()));
    }
    ListenerReconciler reconciler = new ListenerReconciler(server, settings);
    List<String> problems = reconciler.reconcile(plan, listenerTls(plan));
    if (!problems.isEmpty()) {
      throw new StartupException("cannot listen", problems);
    }
    listeners = reconciler;
  }

  /** Certificates are read when a port is bound: a Gateway's TLS changed later applies to ports bound later. */
  private static ListenerTls listenerTls(ListenerPlan plan) throws StartupException {
    try {
      return ListenerTls.of(plan);
    } catch (TlsSetupException e) {
      throw new StartupException("the Gateways' TLS settings cannot be served", e.problems());
    }
  }

  private AdminRoutes adminRoutes() {
    return extensions.adminRoutes().apply(gatewayRoutes());
  }

  private AdminRoutes gatewayRoutes() {
    return new AdminRoutes()
        .read("/ready", request -> ready ? AdminResponse.text(200, "LIVE\n") : AdminResponse.text(503, "starting\n"))
        .read("/stats/prometheus", request -> new AdminResponse(
            200, telemetry.istio().contentType(), telemetry.istio().scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .read("/config_dump", request -> AdminResponse.json(200, ConfigDump.of(store)))
        .write("POST", "/reload", new ReloadEndpoint(source));
  }

  private synchronized void apply(io.aviary.store.ConfigSnapshot snapshot) {
    CompiledConfig next = compiler.compile(snapshot, compiled.clusters());
    compiled = next;
    settings.log().accept("applied configuration version " + snapshot.version() + " from " + snapshot.source());
    reportAdvisories(snapshot);
    if (listeners != null) {
      reconcileListeners(next.snapshot().listeners());
    }
  }

  /** Analyzer findings do not block a configuration; they are logged when they change. */
  private void reportAdvisories(io.aviary.store.ConfigSnapshot snapshot) {
    List<String> findings = CandidateValidator.of(advisor).validate(snapshot.resources()).stream()
        .map(Object::toString).toList();
    if (!findings.equals(lastAdvisories)) {
      findings.forEach(finding -> settings.log().accept("warning: " + finding));
      lastAdvisories = findings;
    }
  }

  public ConfigStore store() {
    return store;
  }

  public GatewayTelemetry telemetry() {
    return telemetry;
  }

  /** A reload's listener changes; TLS problems keep the new ports unbound and are logged, never fatal. */
  private void reconcileListeners(ListenerPlan plan) {
    ListenerReconciler reconciler = listeners;
    if (reconciler == null) {
      return;
    }
    try {
      reconciler.reconcile(plan, ListenerTls.of(plan)).forEach(problem -> settings.log().accept("error: " + problem));
    } catch (TlsSetupException e) {
      e.problems().forEach(problem -> settings.log().accept("error: " + problem));
    }
  }

  public List<ListenerAddress> listeners() {
    return server == null ? List.of() : server.addresses();
  }

  /** Mirror copies skipped because the request body exceeded the retry buffer. */
  public long mirrorsSkipped() {
    return proxy == null ? 0 : proxy.mirrorsSkipped();
  }

  public java.net.InetSocketAddress adminAddress() {
    return admin.address();
  }

  /** The file holding the admin token (its content is never logged). */
  public java.nio.file.Path adminTokenFile() {
    return token.file();
  }

  @Override
  public void close() {
    ready = false;
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        settings.log().accept("while stopping: " + e.getMessage());
      }
    }
    resources.clear();
  }
}
