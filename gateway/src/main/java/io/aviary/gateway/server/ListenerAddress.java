package io.aviary.gateway.server;

/** Where one Gateway port is actually bound: the configured port may be moved by {@code --port-map}. */
public record ListenerAddress(int gatewayPort, String bindAddress, int boundPort) {}
