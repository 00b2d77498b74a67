package io.aviary.routing.host;

/** Reading the host part of an {@code :authority} in place: {@code host}, {@code host:port}, {@code [v6]:port}. */
public final class Authority {

  private Authority() {}

  /** The index where the host part of {@code authority} ends (before {@code :port}, if any). */
  public static int hostEnd(String authority) {
    int colon = authority.lastIndexOf(':');
    if (colon < 0 || colon < authority.lastIndexOf(']')) {
      return authority.length();
    }
    if (authority.indexOf(':') != colon && authority.charAt(0) != '[') {
      return authority.length();
    }
    for (int i = colon + 1; i < authority.length(); i++) {
      char c = authority.charAt(i);
      if (c < '0' || c > '9') {
        return authority.length();
      }
    }
    return colon;
  }

  /** The port written in {@code authority}, or -1 when it names none. */
  public static int port(String authority) {
    int end = hostEnd(authority);
    if (end == authority.length() || end + 1 == authority.length()) {
      return -1;
    }
    return Integer.parseInt(authority, end + 1, authority.length(), 10);
  }

  /** The host without the port, for messages; allocates, so not for the per-request path. */
  public static String host(String authority) {
    return authority.substring(0, hostEnd(authority));
  }
}
