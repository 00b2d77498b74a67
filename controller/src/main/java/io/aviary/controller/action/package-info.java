/** What the state machine asks the world to do; the driver carries actions out and reports results in the next tick's observations. */
@NullMarked
package io.aviary.controller.action;

import org.jspecify.annotations.NullMarked;
