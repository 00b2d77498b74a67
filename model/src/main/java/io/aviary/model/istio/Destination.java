package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A route destination: a host (short name, FQDN or ServiceEntry host), an optional subset and port. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Destination(String host, @Nullable String subset, @Nullable PortSelector port) {

  public Destination {
    host = host == null ? "" : host;
  }

  /** The port number, or {@code null} when none was given. */
  public @Nullable Integer portNumber() {
    return port == null ? null : port.number();
  }
}
