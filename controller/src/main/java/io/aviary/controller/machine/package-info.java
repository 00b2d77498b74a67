/** The pure canary state machine: one tick in, the next status and the actions out. */
@NullMarked
package io.aviary.controller.machine;

import org.jspecify.annotations.NullMarked;
