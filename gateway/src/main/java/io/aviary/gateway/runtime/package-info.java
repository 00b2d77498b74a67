/**
 * The embedded gateway assembled: each applied configuration compiles into a {@link
 * io.aviary.gateway.server.GatewaySnapshot} (route table, listeners, clusters with telemetry handles), published
 * atomically; the proxy, upstream and telemetry packages are joined here and nowhere else.
 */
@NullMarked
package io.aviary.gateway.runtime;

import org.jspecify.annotations.NullMarked;
