package io.aviary.simulation.policy;

/** A way of deciding a canary's fate; each run starts a fresh {@link Rollout}. */
public sealed interface Policy permits AviaryPolicy, FlaggerPolicy, KayentaPolicy {

  /** The policy's name in the results: {@code aviary}, {@code flagger} or {@code kayenta}. */
  String name();

  Rollout rollout();
}
