package io.aviary.gateway.server;

import io.aviary.model.istio.Gateway;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Builds the server-side {@link SslContext} of one Gateway server from its {@code tls} block, as Istio's gateway
 * would serve it: {@code SIMPLE} (certificate and key, PEM, key in PKCS#8), {@code MUTUAL} and
 * {@code OPTIONAL_MUTUAL} (client certificates checked against {@code caCertificates}), TLS versions from
 * {@code min/maxProtocolVersion} (Istio's default minimum is 1.2), and ALPN offering {@code h2} then
 * {@code http/1.1}. Kubernetes secrets ({@code credentialName}) and passthrough modes cannot be served by the
 * embedded gateway: each is reported as a problem naming the Gateway, server and field. Stateless.
 */
final class ServerTlsContext {

  private static final List<String> VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  private ServerTlsContext() {}

  /** The context, or {@code null} after reporting to {@code problems} why there can be none. */
  static @Nullable SslContext build(ServedGateway served, Consumer<String> problems) {
    String where = "Gateway " + served.gateway() + " server " + serverName(served) + ": ";
    Gateway.ServerTls tls = served.server().tls();
    if (tls == null) {
      problems.accept(where + "an HTTPS server needs tls (mode SIMPLE with serverCertificate and privateKey)");
      return null;
    }
    if (tls.credentialName() != null || !tls.credentialNames().isEmpty()) {
      problems.accept(where + "tls.credentialName" + (tls.credentialName() == null ? "s" : "")
          + " names a Kubernetes secret, which the embedded gateway cannot read; "
          + "give tls.serverCertificate and tls.privateKey as PEM files instead");
      return null;
    }
    String mode = tls.mode() == null ? "PASSTHROUGH" : tls.mode().toUpperCase(Locale.ROOT);
    ClientAuth clientAuth = switch (mode) {
      case "SIMPLE" -> ClientAuth.NONE;
      case "MUTUAL" -> ClientAuth.REQUIRE;
      case "OPTIONAL_MUTUAL" -> ClientAuth.OPTIONAL;
      default -> null;
    };
    if (clientAuth == null) {
      problems.accept(where + "tls.mode " + mode + " is not supported by the embedded gateway "
          + "(SIMPLE, MUTUAL and OPTIONAL_MUTUAL are)");
      return null;
    }
    if (!filesPresent(tls, clientAuth, where, problems)) {
      return null;
    }
    return newContext(tls, clientAuth, where, problems);
  }

  private static boolean filesPresent(
      Gateway.ServerTls tls, ClientAuth clientAuth, String where, Consumer<String> problems) {
    List<String> missing = new ArrayList<>();
    if (isBlank(tls.serverCertificate())) {
      missing.add("tls.serverCertificate");
    }
    if (isBlank(tls.privateKey())) {
      missing.add("tls.privateKey");
    }
    if (clientAuth != ClientAuth.NONE && isBlank(tls.caCertificates())) {
      missing.add("tls.caCertificates");
    }
    for (String field : missing) {
      problems.accept(where + field + " is required for tls.mode " + tls.mode());
    }
    return missing.isEmpty();
  }

  private static @Nullable SslContext newContext(
      Gateway.ServerTls tls, ClientAuth clientAuth, String where, Consumer<String> problems) {
    try {
      SslContextBuilder builder = SslContextBuilder
          .forServer(new File(tls.serverCertificate()), new File(tls.privateKey()))
          .protocols(versions(tls.minProtocolVersion(), tls.maxProtocolVersion()))
          .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
          .applicationProtocolConfig(new ApplicationProtocolConfig(
              ApplicationProtocolConfig.Protocol.ALPN,
              ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
              ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
              ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1))
          .clientAuth(clientAuth);
      if (clientAuth != ClientAuth.NONE) {
        builder.trustManager(new File(tls.caCertificates()));
      }
      return builder.build();
    } catch (SSLException | IllegalArgumentException e) {
      problems.accept(where + "cannot use tls.serverCertificate " + tls.serverCertificate() + " with tls.privateKey "
          + tls.privateKey() + " (PEM, key in PKCS#8): " + rootMessage(e));
      return null;
    }
  }

  /** The protocol names from Istio's {@code TLSV1_2}-style bounds; TLS 1.2 to 1.3 by default. */
  static List<String> versions(@Nullable String min, @Nullable String max) {
    int from = indexOf(min, 2);
    int to = indexOf(max, 3);
    return VERSIONS.subList(Math.min(from, to), to + 1);
  }

  private static int indexOf(@Nullable String istioVersion, int otherwise) {
    if (istioVersion == null || istioVersion.equalsIgnoreCase("TLS_AUTO")) {
      return otherwise;
    }
    return switch (istioVersion.toUpperCase(Locale.ROOT)) {
      case "TLSV1_0" -> 0;
      case "TLSV1_1" -> 1;
      case "TLSV1_2" -> 2;
      case "TLSV1_3" -> 3;
      default -> otherwise;
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  static String serverName(ServedGateway served) {
    Gateway.Server server = served.server();
    if (server.name() != null) {
      return server.name();
    }
    return server.port() != null && server.port().name() != null ? server.port().name() : "#" + served.port();
  }
}
