package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** Delay and/or abort injected before routing. A missing percentage means no request is affected. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpFaultInjection(@Nullable Delay delay, @Nullable Abort abort) {

  /** {@code percent} is the deprecated integer form of {@code percentage}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Delay(
      @Nullable String fixedDelay,
      @Nullable String exponentialDelay,
      @Nullable Percent percentage,
      @Nullable Integer percent) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Abort(
      @Nullable Integer httpStatus,
      @Nullable String grpcStatus,
      @Nullable String http2Error,
      @Nullable Percent percentage) {}
}
