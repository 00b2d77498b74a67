/**
 * {@code aviary simulate}: three canary policies (Aviary's own controller, Flagger's rule, Kayenta's judge) over the
 * same simulated traffic, and the measures that compare them.
 */
@NullMarked
package io.aviary.simulation;

import org.jspecify.annotations.NullMarked;
