package io.aviary.gateway.telemetry.subset;

/**
 * Whether Envoy response flags say the upstream never answered (no healthy host, connect failure, overflow, timeout,
 * reset, retries exhausted, no cluster). The controller tells "the canary answered 500" from "the canary could not be
 * reached" with it. Checks a comma-separated flag list without allocating.
 */
final class UpstreamUnreached {

  /** An array, not a set: iterating it allocates nothing. */
  private static final String[] FLAGS = {"UH", "UF", "UO", "NC", "UT", "UC", "URX", "UR"};

  private UpstreamUnreached() {}

  static boolean in(String responseFlags) {
    int length = responseFlags.length();
    if (length == 0 || responseFlags.equals("-")) {
      return false;
    }
    int start = 0;
    while (start < length) {
      int comma = responseFlags.indexOf(',', start);
      int end = comma < 0 ? length : comma;
      if (isUnreachedFlag(responseFlags, start, end)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean isUnreachedFlag(String flags, int start, int end) {
    for (String flag : FLAGS) {
      if (flag.length() == end - start && flags.regionMatches(start, flag, 0, flag.length())) {
        return true;
      }
    }
    return false;
  }
}
