package io.aviary.embedded.state;

/**
 * How control commands find a running {@code aviary run}: its admin address and the file holding its token (the
 * token itself stays in that file, readable by its owner only).
 */
public record InstanceInfo(long pid, String adminHost, int adminPort, String tokenFile) {}
