/**
 * Envoy/Istio-compatible access logging: one line per request in Istio's default {@code TEXT} format, formatted and
 * written off the event loop by a single writer thread behind a bounded queue that drops (and counts) rather than
 * blocks.
 */
@NullMarked
package io.aviary.gateway.telemetry.accesslog;

import org.jspecify.annotations.NullMarked;
