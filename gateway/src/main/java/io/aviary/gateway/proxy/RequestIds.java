package io.aviary.gateway.proxy;

import java.util.concurrent.ThreadLocalRandom;

/** Version-4 UUID strings for {@code x-request-id}, from a thread-local source: no lock, no SecureRandom. */
final class RequestIds {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private RequestIds() {}

  static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    char[] out = new char[36];
    int at = 0;
    for (int i = 15; i >= 0; i--) {
      at = hex(out, at, high >>> (i * 4));
      if (i == 8 || i == 4) {
        out[at++] = '-';
      }
    }
    out[at++] = '-';
    for (int i = 15; i >= 0; i--) {
      at = hex(out, at, low >>> (i * 4));
      if (i == 12) {
        out[at++] = '-';
      }
    }
    return new String(out);
  }

  private static int hex(char[] out, int at, long nibble) {
    out[at] = HEX[(int) (nibble & 0xF)];
    return at + 1;
  }
}
