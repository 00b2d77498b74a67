/** The controller's memory between ticks, written to the Canary's status: phase, weights, counters and the decision record. */
@NullMarked
package io.aviary.controller.status;

import org.jspecify.annotations.NullMarked;
