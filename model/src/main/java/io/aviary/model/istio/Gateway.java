package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Istio Gateway: the servers (port, hosts, TLS) a set of gateway workloads, chosen by {@code selector}, serve. */
public record Gateway(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin) implements Resource {

  public static final String KIND = "Gateway";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(Map<String, String> selector, List<Server> servers) {
    public Spec {
      selector = selector == null ? Map.of() : Map.copyOf(selector);
      servers = servers == null ? List.of() : List.copyOf(servers);
    }
  }

  /** {@code hosts} entries are {@code [namespace/]dnsName}; a missing namespace means {@code *}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Server(
      @Nullable ServerPort port,
      @Nullable String bind,
      List<String> hosts,
      @Nullable ServerTls tls,
      @Nullable String name) {
    public Server {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ServerPort(
      @Nullable Integer number, @Nullable String protocol, @Nullable String name, @Nullable Integer targetPort) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ServerTls(
      @Nullable Boolean httpsRedirect,
      @Nullable String mode,
      @Nullable String serverCertificate,
      @Nullable String privateKey,
      @Nullable String caCertificates,
      @Nullable String credentialName,
      List<String> credentialNames,
      List<String> subjectAltNames,
      @Nullable String minProtocolVersion,
      @Nullable String maxProtocolVersion) {
    public ServerTls {
      credentialNames = credentialNames == null ? List.of() : List.copyOf(credentialNames);
      subjectAltNames = subjectAltNames == null ? List.of() : List.copyOf(subjectAltNames);
    }
  }
}
