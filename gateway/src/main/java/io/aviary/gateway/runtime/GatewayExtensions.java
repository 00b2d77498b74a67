package io.aviary.gateway.runtime;

import io.aviary.gateway.admin.AdminRoutes;
import io.aviary.store.Overlay;
import java.util.function.UnaryOperator;

/**
 * What another part of Aviary adds to {@code aviary run}'s gateway: an overlay merging state it owns (the canary
 * controller's weights) into every load of the user's files, and admin routes of its own (control endpoints).
 */
public record GatewayExtensions(Overlay overlay, UnaryOperator<AdminRoutes> adminRoutes) {

  public static final GatewayExtensions NONE = new GatewayExtensions(Overlay.none(), UnaryOperator.identity());
}
