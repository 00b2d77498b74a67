/**
 * The gateway's telemetry entry point: {@link io.aviary.gateway.telemetry.GatewayTelemetry} binds, once per endpoint,
 * the Istio metric series and the controller's subset series a completed request updates. Sub-packages hold the
 * Istio metrics ({@code istio}), the controller's in-process view ({@code subset}) and the access log
 * ({@code accesslog}); none of them touches Netty.
 */
@NullMarked
package io.aviary.gateway.telemetry;

import org.jspecify.annotations.NullMarked;
