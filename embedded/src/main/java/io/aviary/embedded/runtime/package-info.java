/** {@code aviary run} in embedded mode: the gateway, the canary controllers and the state directory, assembled. */
@NullMarked
package io.aviary.embedded.runtime;

import org.jspecify.annotations.NullMarked;
