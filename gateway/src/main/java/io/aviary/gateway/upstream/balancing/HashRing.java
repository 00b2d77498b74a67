package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A consistent-hash ring: each endpoint owns points proportional to its weight, and a key belongs to the first
 * eligible point at or after its hash. Point positions depend only on the endpoint's address and the point's
 * number, so an endpoint leaving (ejected, or removed on a rebuild) moves only the keys it owned (about 1/N).
 *
 * <p>Points per unit of weight are {@code minimumRingSize / totalWeight} rounded up to a power of two, so that
 * adding or removing one endpoint rarely changes the other endpoints' point counts either (a plain
 * {@code ceil} would, moving extra keys between survivors). The ring thus holds between one and two times
 * {@code minimumRingSize} points. Immutable and thread-safe.
 */
final class HashRing {

  static final int MAXIMUM_RING_SIZE = 1 << 23;

  private final long[] hashes;
  private final int[] owners;

  private HashRing(long[] hashes, int[] owners) {
    this.hashes = hashes;
    this.owners = owners;
  }

  static HashRing build(List<Endpoint> endpoints, int minimumRingSize) {
    int[] counts = pointCounts(endpoints, minimumRingSize);
    int size = Arrays.stream(counts).sum();
    Point[] points = new Point[size];
    int next = 0;
    for (int owner = 0; owner < endpoints.size(); owner++) {
      String address = endpoints.get(owner).target().authority();
      for (int replica = 0; replica < counts[owner]; replica++) {
        points[next++] = new Point(KeyHash.of(address + "#" + replica), owner);
      }
    }
    Arrays.sort(points, Comparator.comparingLong(Point::hash).thenComparingInt(Point::owner));
    return new HashRing(
        Arrays.stream(points).mapToLong(Point::hash).toArray(), Arrays.stream(points).mapToInt(Point::owner).toArray());
  }

  int size() {
    return hashes.length;
  }

  /** The owner of {@code hash}: the first eligible point clockwise from it, or -1 when none is eligible. */
  int ownerOf(long hash, IntPredicate eligible) {
    if (hashes.length == 0) {
      return -1;
    }
    int found = Arrays.binarySearch(hashes, hash);
    int start = found >= 0 ? found : -found - 1;
    for (int step = 0; step < hashes.length; step++) {
      int owner = owners[(start + step) % hashes.length];
      if (eligible.test(owner)) {
        return owner;
      }
    }
    return -1;
  }

  private static int[] pointCounts(List<Endpoint> endpoints, int minimumRingSize) {
    int gcd = 0;
    for (Endpoint endpoint : endpoints) {
      gcd = BigInteger.valueOf(gcd).gcd(BigInteger.valueOf(endpoint.weight())).intValue();
    }
    long totalUnits = 0;
    for (Endpoint endpoint : endpoints) {
      totalUnits += endpoint.weight() / Math.max(gcd, 1);
    }
    int[] counts = new int[endpoints.size()];
    if (totalUnits == 0) {
      return counts;
    }
    long perUnit = Long.highestOneBit(Math.max(1, (minimumRingSize + totalUnits - 1) / totalUnits) * 2 - 1);
    double scale = totalUnits * perUnit > MAXIMUM_RING_SIZE ? (double) MAXIMUM_RING_SIZE / totalUnits : perUnit;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = (int) Math.max(1, Math.round(endpoints.get(i).weight() / Math.max(gcd, 1) * scale));
    }
    return counts;
  }

  private record Point(long hash, int owner) {}
}
