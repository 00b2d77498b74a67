package io.aviary.gateway.upstream.balancing;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hash placing both ring points and request keys: FNV-1a over the UTF-8 bytes, then a 64-bit
 * avalanche finalizer so that similar keys ({@code host#1}, {@code host#2}) spread over the whole ring. Stable
 * across JVMs and releases: stickiness must survive a gateway restart.
 */
final class KeyHash {

  private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private KeyHash() {}

  static long of(String key) {
    long hash = FNV_OFFSET_BASIS;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return avalanche(hash);
  }

  private static long avalanche(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
