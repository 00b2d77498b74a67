/**
 * The admin server (default 127.0.0.1:15000): readiness, Prometheus exposition, the applied configuration,
 * and the control endpoints later slices add. Reads are open on loopback; anything that changes state needs
 * the bearer token written at start-up.
 */
@NullMarked
package io.aviary.gateway.admin;

import org.jspecify.annotations.NullMarked;
