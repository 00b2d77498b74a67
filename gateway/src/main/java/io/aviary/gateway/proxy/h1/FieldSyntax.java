package io.aviary.gateway.proxy.h1;

import io.netty.handler.codec.CorruptedFrameException;

/**
 * The syntax of a {@code name: value} line (RFC 9110 §5, RFC 9112 §5), shared by response heads and trailer
 * sections, checked as strictly as a proxy that forwards them must: a token name with no space before the
 * colon, no obsolete line folding, no control characters in the value.
 */
final class FieldSyntax {

  private FieldSyntax() {}

  /** The index of the colon ending the name of the line {@code [start, end)}; throws if the line is malformed. */
  static int colon(byte[] bytes, int start, int end) {
    if (bytes[start] == ' ' || bytes[start] == '\t') {
      throw malformed("obsolete line folding");
    }
    int colon = start;
    while (colon < end && bytes[colon] != ':') {
      if (!tokenChar(bytes[colon])) {
        throw malformed("invalid character in a field name");
      }
      colon++;
    }
    if (colon == end || colon == start) {
      throw malformed("field line without a name");
    }
    return colon;
  }

  /** Throws if the value {@code [start, end)} holds a control character other than HTAB. */
  static void checkValue(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (control(bytes[i]) && bytes[i] != '\t') {
        throw malformed("control character in a field value");
      }
    }
  }

  /** The first index in {@code [start, end)} that is not optional whitespace, or {@code end}. */
  static int skipSpace(byte[] bytes, int start, int end) {
    int i = start;
    while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** The end of {@code [start, end)} without its trailing optional whitespace. */
  static int trimSpace(byte[] bytes, int start, int end) {
    int i = end;
    while (i > start && (bytes[i - 1] == ' ' || bytes[i - 1] == '\t')) {
      i--;
    }
    return i;
  }

  static boolean control(byte b) {
    return b >= 0 && b < 0x20 || b == 0x7f;
  }

  /** RFC 9110 §5.6.2 tchar. */
  private static boolean tokenChar(byte b) {
    return b > 0x20 && b < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(b) < 0;
  }

  static CorruptedFrameException malformed(String why) {
    return new CorruptedFrameException("upstream response: " + why);
  }
}
