/** Netty transports: native epoll on Linux when it loads, NIO otherwise. */
@NullMarked
package io.aviary.gateway.transport;

import org.jspecify.annotations.NullMarked;
