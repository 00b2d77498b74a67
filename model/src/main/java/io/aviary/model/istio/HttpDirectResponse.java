package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A fixed response: status and an optional body given as a string or base64 bytes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpDirectResponse(@Nullable Integer status, @Nullable Body body) {

  /** Exactly one of {@code string} and {@code bytes} (base64). */
  public record Body(@Nullable String string, @Nullable String bytes) {}
}
