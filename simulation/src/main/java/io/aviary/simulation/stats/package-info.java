/** The numerics the benchmark needs and nothing else: beta functions, exact binomial intervals, quantiles, Brent. */
@NullMarked
package io.aviary.simulation.stats;

import org.jspecify.annotations.NullMarked;
