/**
 * The controller's ports: what the state machine's driver needs from the world (metrics, webhooks), implemented by
 * adapters in embedded and Kubernetes mode. Interfaces and values only; no I/O here.
 */
@NullMarked
package io.aviary.controller.port;

import org.jspecify.annotations.NullMarked;
