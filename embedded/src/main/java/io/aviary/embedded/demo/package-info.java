/**
 * {@code aviary demo}: a whole rollout on one machine. Two versions of the built-in demo app, the seed guide's
 * resources from {@code examples/next-canary/} with their ports, {@code aviary run} in-process, steady load through
 * the gateway, and a live view of the canary until it succeeds or fails.
 */
@NullMarked
package io.aviary.embedded.demo;

import org.jspecify.annotations.NullMarked;
