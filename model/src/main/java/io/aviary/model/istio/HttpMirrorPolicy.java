package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One entry of {@code mirrors}: a destination and the share of requests copied to it (absent: 100%). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpMirrorPolicy(Destination destination, @Nullable Percent percentage) {}
