package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** Retry policy. Absent, Istio's mesh default applies: 2 attempts on connect-failure and friends. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpRetry(
    @Nullable Integer attempts,
    @Nullable String perTryTimeout,
    @Nullable String retryOn,
    @Nullable Boolean retryRemoteLocalities,
    @Nullable Boolean retryIgnorePreviousHosts,
    @Nullable String backoff) {}
