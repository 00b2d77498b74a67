package io.aviary.gateway.proxy;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** What is fixed for a client connection: its addresses, computed once rather than per request. */
record Connection(String clientAddress, String remoteAddress, String localAddress) {

  static Connection of(Channel channel) {
    SocketAddress remote = channel.remoteAddress();
    String client = remote instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress()
        : "";
    return new Connection(client, String.valueOf(remote), String.valueOf(channel.localAddress()));
  }
}
