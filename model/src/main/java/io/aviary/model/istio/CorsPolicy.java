package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** CORS handled at the proxy. {@code allowOrigin} is the deprecated exact-only form of {@code allowOrigins}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CorsPolicy(
    List<StringMatch> allowOrigins,
    List<String> allowOrigin,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    @Nullable String maxAge,
    @Nullable Boolean allowCredentials,
    @Nullable String unmatchedPreflights) {

  public CorsPolicy {
    allowOrigins = allowOrigins == null ? List.of() : List.copyOf(allowOrigins);
    allowOrigin = allowOrigin == null ? List.of() : List.copyOf(allowOrigin);
    allowMethods = allowMethods == null ? List.of() : List.copyOf(allowMethods);
    allowHeaders = allowHeaders == null ? List.of() : List.copyOf(allowHeaders);
    exposeHeaders = exposeHeaders == null ? List.of() : List.copyOf(exposeHeaders);
  }
}
