/**
 * The simulated traffic of doc §7.1: Poisson arrivals per second, the split by the policy's weight, binomial error
 * counts and lognormal latencies per version, with random streams keyed by (seed, run, second, version) so that all
 * policies see the same draws where their routing coincides (common random numbers).
 */
@NullMarked
package io.aviary.simulation.traffic;

import org.jspecify.annotations.NullMarked;
