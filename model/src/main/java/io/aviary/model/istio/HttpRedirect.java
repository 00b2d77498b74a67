package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A redirect response (default 301). {@code derivePort} is FROM_PROTOCOL_DEFAULT or FROM_REQUEST_PORT. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpRedirect(
    @Nullable String uri,
    @Nullable String prefixRewrite,
    @Nullable String authority,
    @Nullable Integer port,
    @Nullable String derivePort,
    @Nullable String scheme,
    @Nullable Integer redirectCode) {}
