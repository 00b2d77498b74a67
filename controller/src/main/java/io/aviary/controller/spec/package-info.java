/** A Canary resolved for the controller: every default applied and every field checked once, so the state machine never meets a missing value. */
@NullMarked
package io.aviary.controller.spec;

import org.jspecify.annotations.NullMarked;
