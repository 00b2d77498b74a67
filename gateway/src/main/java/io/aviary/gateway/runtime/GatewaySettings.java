package io.aviary.gateway.runtime;

import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.transport.Transport;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How {@code aviary run} starts the embedded gateway.
 *
 * @param paths manifest files and folders, watched for changes
 * @param portMap moves a Gateway port to another local port ({@code 80=18080})
 * @param adminTokenFile the operator's token file, or {@code null} to generate one at {@code generatedTokenFile}
 * @param accessLog {@code -} for stdout, a file, or {@code null} for none
 * @param probeInterval how often endpoints annotated {@code aviary.io/health-path} are probed for readiness
 * @param transport the socket transport of the listeners, the admin server and the upstream connections
 */
public record GatewaySettings(
    List<String> paths,
    String defaultNamespace,
    String bindAddress,
    Map<Integer, Integer> portMap,
    InetSocketAddress admin,
    int ioThreads,
    @Nullable Path adminTokenFile,
    Path generatedTokenFile,
    Map<String, String> gatewayLabels,
    String gatewayNamespace,
    @Nullable String accessLog,
    ProxyLimits limits,
    Consumer<String> log,
    Duration probeInterval,
    Transport transport) {

  /** Kubernetes' shortest readiness probe period; the default here, frequent enough for local canaries. */
  public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(1);

  public GatewaySettings {
    paths = List.copyOf(paths);
    portMap = Map.copyOf(portMap);
    gatewayLabels = Map.copyOf(gatewayLabels);
    if (probeInterval.isNegative() || probeInterval.isZero()) {
      throw new IllegalArgumentException("probeInterval: " + probeInterval + " (expected: positive)");
    }
  }

  /** Settings with the default probe interval. */
  public GatewaySettings(List<String> paths, String defaultNamespace, String bindAddress, Map<Integer, Integer> portMap,
      InetSocketAddress admin, int ioThreads, @Nullable Path adminTokenFile, Path generatedTokenFile,
      Map<String, String> gatewayLabels, String gatewayNamespace, @Nullable String accessLog, ProxyLimits limits,
      Consumer<String> log) {
    this(paths, defaultNamespace, bindAddress, portMap, admin, ioThreads, adminTokenFile, generatedTokenFile,
        gatewayLabels, gatewayNamespace, accessLog, limits, log, DEFAULT_PROBE_INTERVAL, Transport.best());
  }

  /** These settings probing every {@code interval}. */
  public GatewaySettings withProbeInterval(Duration interval) {
    return new GatewaySettings(paths, defaultNamespace, bindAddress, portMap, admin, ioThreads, adminTokenFile,
        generatedTokenFile, gatewayLabels, gatewayNamespace, accessLog, limits, log, interval, transport);
  }

  /** These settings on another socket transport. */
  public GatewaySettings withTransport(Transport other) {
    return new GatewaySettings(paths, defaultNamespace, bindAddress, portMap, admin, ioThreads, adminTokenFile,
        generatedTokenFile, gatewayLabels, gatewayNamespace, accessLog, limits, log, probeInterval, other);
  }
}
