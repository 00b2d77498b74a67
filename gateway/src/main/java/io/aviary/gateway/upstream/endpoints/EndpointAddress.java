package io.aviary.gateway.upstream.endpoints;

/**
 * Where an endpoint lives: an IP literal, or a DNS name that the proxy resolves when it connects (ServiceEntry
 * {@code resolution: DNS}, or a WorkloadEntry whose address is a host name). Resolution is deliberately left
 * to connect time so that compiling the index never blocks on DNS.
 */
public sealed interface EndpointAddress {

  /** The address as written: an IP literal or a host name. */
  String host();

  /** Classifies {@code address} without any lookup: dotted-quad IPv4 or anything with a colon is an IP. */
  static EndpointAddress of(String address) {
    return isIpLiteral(address) ? new IpAddress(address) : new DnsName(address);
  }

  private static boolean isIpLiteral(String address) {
    if (address.indexOf(':') >= 0) {
      return true;
    }
    String[] parts = address.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /** An IPv4 or IPv6 literal; connect to it directly. */
  record IpAddress(String host) implements EndpointAddress {}

  /** A host name to resolve at connect time. */
  record DnsName(String host) implements EndpointAddress {}
}
