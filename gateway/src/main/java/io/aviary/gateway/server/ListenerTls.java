package io.aviary.gateway.server;

import io.netty.handler.ssl.SslContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The TLS of every listener port, built once from the listener plan when the listeners are bound: a port whose
 * servers terminate TLS ({@code HTTPS}) gets their certificates, SNI choosing among several; other ports stay
 * cleartext. Every problem is collected before failing, so one start reports all of them. Immutable.
 */
public final class ListenerTls {

  private final Map<Integer, TlsTermination> byPort;

  private ListenerTls(Map<Integer, TlsTermination> byPort) {
    this.byPort = Map.copyOf(byPort);
  }

  /** Cleartext on every port. */
  public static ListenerTls none() {
    return new ListenerTls(Map.of());
  }

  public static ListenerTls of(ListenerPlan plan) throws TlsSetupException {
    List<String> problems = new ArrayList<>();
    Map<Integer, TlsTermination> byPort = new HashMap<>();
    for (int port : plan.ports()) {
      TlsTermination tls = forPort(plan.on(port), port, problems);
      if (tls != null) {
        byPort.put(port, tls);
      }
    }
    if (!problems.isEmpty()) {
      throw new TlsSetupException(problems);
    }
    return new ListenerTls(byPort);
  }

  private static @Nullable TlsTermination forPort(List<ServedGateway> servers, int port, List<String> problems) {
    List<ServedGateway> terminating = servers.stream().filter(ServedGateway::terminatesTls).toList();
    if (terminating.isEmpty()) {
      return null;
    }
    if (terminating.size() < servers.size()) {
      problems.add("port " + port + " has both TLS and plain-text servers; a port serves one or the other");
      return null;
    }
    List<TlsTermination.ServerContext> contexts = new ArrayList<>();
    for (ServedGateway served : terminating) {
      SslContext context = ServerTlsContext.build(served, problems::add);
      if (context != null) {
        contexts.add(new TlsTermination.ServerContext(served.server().hosts(), context));
      }
    }
    return contexts.size() == terminating.size() ? TlsTermination.of(contexts) : null;
  }

  /** The TLS of gateway port {@code port}, or {@code null} for cleartext. */
  public @Nullable TlsTermination forPort(int port) {
    return byPort.get(port);
  }
}
