package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.server.ListenerAddress;
import io.aviary.model.registry.Workloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole embedded gateway as {@code aviary run} starts it, on real sockets: manifests written to files in a
 * temporary folder that the gateway watches, Gateway ports moved to free ports by the port map, the admin
 * server on a free loopback port and a token generated into the folder. Files are replaced the way editors and
 * {@code kubectl}-style tools do, by writing a temporary file and renaming it over the old one.
 */
final class EmbeddedGatewayHarness implements AutoCloseable {

  private final Path folder;
  private final Path config;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final EmbeddedGateway gateway;

  private EmbeddedGatewayHarness(Path folder, Map<Integer, Integer> portMap) throws StartupException {
    this.folder = folder;
    this.config = folder.resolve("config");
    GatewaySettings settings = new GatewaySettings(List.of(config.toString()), Manifests.NAMESPACE, "127.0.0.1",
        portMap, new InetSocketAddress("127.0.0.1", 0), 1, null, folder.resolve("state/admin-token"),
        Workloads.EMBEDDED_GATEWAY_LABELS, "istio-system", null, ProxyLimits.defaults(), log::add);
    this.gateway = EmbeddedGateway.start(settings);
  }

  /**
   * Writes {@code files} (name to YAML) into a fresh config folder and starts the gateway on it, with each of
   * {@code gatewayPorts} mapped to a free local port.
   */
  static EmbeddedGatewayHarness start(Path folder, Map<String, String> files, int... gatewayPorts)
      throws IOException, StartupException {
    Files.createDirectories(folder.resolve("config"));
    for (var file : files.entrySet()) {
      Files.writeString(folder.resolve("config").resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    Map<Integer, Integer> portMap = new LinkedHashMap<>();
    for (int port : gatewayPorts) {
      portMap.put(port, 0);
    }
    return new EmbeddedGatewayHarness(folder, portMap);
  }

  /** Replaces a config file atomically, as a rename over the old one, so no reload sees half a file. */
  void replace(String name, String yaml) {
    try {
      Path temp = config.resolve("." + name + ".tmp");
      Files.writeString(temp, yaml, StandardCharsets.UTF_8);
      Files.move(temp, config.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where Gateway port {@code gatewayPort} is bound now, if it is; checks the port map moved it off the port. */
  Optional<Integer> boundPort(int gatewayPort) {
    Optional<Integer> bound = gateway.listeners().stream()
        .filter(listener -> listener.gatewayPort() == gatewayPort)
        .map(ListenerAddress::boundPort)
        .findFirst();
    bound.ifPresent(port -> assertThat(port).as("bound port of Gateway port " + gatewayPort).isPositive());
    return bound;
  }

  /** The bound port of Gateway port 80, which every test's Gateway serves. */
  int port() {
    return boundPort(80).orElseThrow();
  }

  InetSocketAddress admin() {
    return gateway.adminAddress();
  }

  Path tokenFile() {
    return folder.resolve("state/admin-token");
  }

  String token() {
    try {
      return Files.readString(tokenFile(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long configVersion() {
    return gateway.store().current().version();
  }

  /** Every line the gateway logged so far, as {@code aviary run} would print them. */
  List<String> log() {
    return List.copyOf(log);
  }

  EmbeddedGateway gateway() {
    return gateway;
  }

  @Override
  public void close() {
    gateway.close();
  }
}
