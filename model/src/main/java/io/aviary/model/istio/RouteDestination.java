package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One weighted destination of an HTTP route. Weights are relative; a missing weight is 0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RouteDestination(Destination destination, @Nullable Integer weight, Headers headers) {

  public RouteDestination {
    headers = headers == null ? Headers.NONE : headers;
  }

  public int weightOrZero() {
    return weight == null ? 0 : weight;
  }
}
