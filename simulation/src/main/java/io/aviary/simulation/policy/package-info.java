/**
 * The three policies driven over the same traffic: {@code aviary} (the real controller state machine), {@code flagger}
 * (Flagger's rule, doc §6.1) and {@code kayenta} (a NetflixACAJudge-style Mann-Whitney judge, doc §6.2). Each chooses
 * its own weights; {@link io.aviary.simulation.policy.RunDriver} feeds it one simulated second at a time.
 */
@NullMarked
package io.aviary.simulation.policy;

import org.jspecify.annotations.NullMarked;
