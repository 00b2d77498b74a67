package io.aviary.simulation.traffic;

import java.util.random.RandomGenerator;

/**
 * A SplitMix64 stream that is reseeded from a key instead of being allocated: the generator opens a few streams per
 * simulated second, and a fresh object for each would dominate the cost. Gaussian and double draws come from
 * {@link RandomGenerator}'s defaults (a ziggurat over {@link #nextLong()}), so they are the same on every JDK.
 * One instance belongs to one run on one thread.
 */
final class StreamRandom implements RandomGenerator {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  /** Restarts the stream at the one position determined by {@code keys}. */
  StreamRandom reseed(long... keys) {
    long h = 0x3c6ef372fe94f82aL;
    for (long key : keys) {
      h = mix(h ^ mix(key + GOLDEN_GAMMA));
    }
    state = h;
    return this;
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** SplitMix64's finalizer (Stafford's variant 13): every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
