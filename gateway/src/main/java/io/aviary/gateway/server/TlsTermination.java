package io.aviary.gateway.server;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.Mapping;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one listener port terminates TLS: with a single certificate, or, when several Gateway servers with their own
 * certificates share the port, by choosing the certificate from the client's SNI name. Immutable and shared by all
 * connections of the port.
 */
public final class TlsTermination {

  /** One server's certificate and the hosts it is for. */
  record ServerContext(List<String> hosts, SslContext context) {}

  private final SslContext fallback;
  private final @Nullable Mapping<String, SslContext> byServerName;

  private TlsTermination(SslContext fallback, @Nullable Mapping<String, SslContext> byServerName) {
    this.fallback = fallback;
    this.byServerName = byServerName;
  }

  /**
   * The contexts of the servers on one port, in the plan's order. Without SNI (or for a name no server lists) the
   * first server listing {@code *} answers, else the first server.
   */
  static TlsTermination of(List<ServerContext> servers) {
    SslContext fallback = servers.stream()
        .filter(server -> server.hosts().stream().anyMatch(host -> ServerHosts.dnsName(host).equals("*")))
        .map(ServerContext::context)
        .findFirst()
        .orElse(servers.getFirst().context());
    boolean oneContext = servers.stream().map(ServerContext::context).distinct().count() == 1;
    return new TlsTermination(fallback, oneContext ? null : name -> choose(servers, name, fallback));
  }

  /** An exact host beats a wildcard, and the earlier server wins among equals. */
  private static SslContext choose(List<ServerContext> servers, @Nullable String serverName, SslContext fallback) {
    if (serverName == null) {
      return fallback;
    }
    for (ServerContext server : servers) {
      if (ServerHosts.anyNamesExactly(server.hosts(), serverName)) {
        return server.context();
      }
    }
    for (ServerContext server : servers) {
      if (server.context() != fallback && ServerHosts.anyMatches(server.hosts(), serverName)) {
        return server.context();
      }
    }
    return fallback;
  }

  /** The first handler of a new connection's pipeline. */
  public ChannelHandler newHandler(ByteBufAllocator allocator) {
    Mapping<String, SslContext> mapping = byServerName;
    return mapping == null ? fallback.newHandler(allocator) : new SniHandler(mapping);
  }
}
