package io.aviary.controller.spec;

/**
 * Shadow traffic: {@code percent} of the stable subset's requests are copied to the canary and the answers dropped, so
 * the canary is measured before any user sees it. Off is {@code enabled == false}.
 */
public record Mirroring(boolean enabled, int percent) {

  public static final Mirroring OFF = new Mirroring(false, 0);
}
