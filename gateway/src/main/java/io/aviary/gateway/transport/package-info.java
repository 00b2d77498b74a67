/** Netty transports: io_uring or native epoll on Linux when they load, NIO otherwise. */
@NullMarked
package io.aviary.gateway.transport;

import org.jspecify.annotations.NullMarked;
