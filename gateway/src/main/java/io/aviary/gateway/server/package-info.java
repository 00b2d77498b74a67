/**
 * Listeners: which ports the embedded gateway serves (the servers of the Gateways that select it), their
 * pipelines (TLS, HTTP/1.1, HTTP/2 with prior knowledge) and the routing snapshot each request is served by.
 */
@NullMarked
package io.aviary.gateway.server;

import org.jspecify.annotations.NullMarked;
