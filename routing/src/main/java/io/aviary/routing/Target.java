package io.aviary.routing;

import io.aviary.model.istio.HostName;
import org.jspecify.annotations.Nullable;

/** Where a request goes: a host as an FQDN (or ServiceEntry host), an optional subset and port. */
public record Target(HostName host, @Nullable String subset, @Nullable Integer port) {}
