/**
 * HTTP/1.1 on the wire, where the proxy parts from Netty's codecs for speed: upstream responses are parsed once
 * into a {@link io.aviary.gateway.proxy.h1.ResponseHead}, and a plain one is relayed to an HTTP/1.1 client as
 * its own bytes, body framing included, instead of being decoded into a header map and encoded again. Requests
 * still use Netty's codecs: the router needs their headers as a map anyway.
 */
@NullMarked
package io.aviary.gateway.proxy.h1;

import org.jspecify.annotations.NullMarked;
