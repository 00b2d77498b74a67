package io.aviary.cli;

import io.aviary.embedded.runtime.EmbeddedRuntime;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.runtime.GatewaySettings;
import io.aviary.gateway.runtime.StartupException;
import io.aviary.gateway.transport.Transport;
import io.aviary.model.registry.Workloads;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aviary run}: the embedded gateway and a canary controller for every Aviary Canary on the given manifests,
 * until interrupted. Invalid configuration is printed and nothing starts (exit 1).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the embedded gateway: listen on every Gateway server port, route by the VirtualServices, forward to",
      "WorkloadEntry/ServiceEntry endpoints. Watched files are reloaded on change; invalid changes are rejected.",
      "Every Canary (aviary.io/v1alpha1) is rolled out by the controller; its status, the weights it set and",
      "weights set by hand live in --state-dir and survive a crash. Control it with aviary status, set-weight,",
      "promote, rollback, pause and resume."
    })
final class RunCommand implements Callable<Integer> {

  @Mixin InputOptions inputs = new InputOptions();

  @Mixin ValidationOptions validation = new ValidationOptions();

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address for the listeners (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--port-map", paramLabel = "FROM=TO", description = "Listen on TO for Gateway port FROM (e.g. 80=18080).")
  Map<Integer, Integer> portMap = new LinkedHashMap<>();

  @Option(names = "--admin", defaultValue = "127.0.0.1:15000", paramLabel = "HOST:PORT",
      description = "Admin server address (default: ${DEFAULT-VALUE}).")
  String admin = "127.0.0.1:15000";

  @Option(names = "--admin-token-file", description = "Read the admin bearer token from this file instead of generating one.")
  Path adminTokenFile;

  @Option(names = "--state-dir", defaultValue = ".aviary", description = "State directory: canary status, weights, events, admin token (default: ${DEFAULT-VALUE}).")
  Path stateDir = Path.of(".aviary");

  @Option(names = "--io-threads", description = "Event-loop threads (default: the number of cores).")
  int ioThreads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--transport", defaultValue = "auto", paramLabel = "auto|io_uring|epoll|nio",
      description = "Socket transport (default: ${DEFAULT-VALUE}, the fastest this machine offers: io_uring, then epoll, then nio).")
  String transport = "auto";

  @Option(names = "--access-log", paramLabel = "FILE|-", description = "Write access logs in Istio's default text format to FILE (appended) or - for stdout (default: off).")
  String accessLog;

  @Option(names = "--max-request-body", paramLabel = "BYTES", defaultValue = "0",
      description = "Refuse request bodies larger than BYTES with 413 (suffix k, m or g; default: 0, unlimited).")
  String maxRequestBody = "0";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GatewaySettings settings = new GatewaySettings(inputs.paths, inputs.namespace, bind, portMap, address(admin),
        ioThreads, adminTokenFile, stateDir.resolve("admin-token"), gatewayLabels(), validation.gatewayNamespace,
        accessLog, ProxyLimits.defaults().withMaxRequestBodyBytes(bytes(maxRequestBody)), line -> {
          out.println(line);
          out.flush();
        }).withTransport(transport());
    EmbeddedRuntime gateway;
    try {
      gateway = EmbeddedRuntime.start(settings, ControllerAdapters.settings(stateDir));
    } catch (StartupException e) {
      err.println("aviary run: " + e.getMessage());
      e.problems().forEach(problem -> err.println("  " + problem));
      err.flush();
      return ExitCodes.FINDINGS_WITH_ERRORS;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      gateway.close();
      stopped.countDown();
    }, "aviary-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }

  private Transport transport() {
    try {
      return Transport.named(transport);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--transport: " + e.getMessage());
    }
  }

  private Map<String, String> gatewayLabels() {
    return validation.gatewayLabels.isEmpty() ? Workloads.EMBEDDED_GATEWAY_LABELS : validation.gatewayLabels;
  }

  /** {@code 1048576}, {@code 1024k}, {@code 1m} or {@code 1g}: binary multiples, as Envoy's buffer limits. */
  static long bytes(String size) {
    String value = size.trim().toLowerCase(java.util.Locale.ROOT);
    int shift = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
      case 'k' -> 10;
      case 'm' -> 20;
      case 'g' -> 30;
      default -> 0;
    };
    String digits = shift == 0 ? value : value.substring(0, value.length() - 1);
    try {
      return Long.parseLong(digits) << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--max-request-body: " + size + " (expected: bytes, e.g. 1048576 or 1m)");
    }
  }

  private static InetSocketAddress address(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("--admin: " + hostPort + " (expected: HOST:PORT)");
    }
    return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
  }
}
