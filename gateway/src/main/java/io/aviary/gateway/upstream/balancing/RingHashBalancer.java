package io.aviary.gateway.upstream.balancing;

import java.util.function.IntPredicate;

/**
 * {@code consistentHash} (ring hash; Maglev is served by the same ring): requests with the same key go to the
 * same endpoint while it stays eligible; when it leaves, its keys move to the next points on the ring and the
 * others stay. Requests without a key are balanced by weight at random, as Envoy does.
 */
final class RingHashBalancer implements LoadBalancer {

  private final RequestHasher hasher;
  private final HashRing ring;
  private final RandomBalancer unhashed;

  RingHashBalancer(RequestHasher hasher, HashRing ring, RandomBalancer unhashed) {
    this.hasher = hasher;
    this.ring = ring;
    this.unhashed = unhashed;
  }

  @Override
  public Pick pick(RequestAttributes request, IntPredicate eligible) {
    return switch (hasher.hash(request)) {
      case RequestHasher.RequestHash.Unhashed ignored -> unhashed.pick(request, eligible);
      case RequestHasher.RequestHash.Hashed hashed -> chosenOnRing(hashed, eligible);
    };
  }

  private Pick chosenOnRing(RequestHasher.RequestHash.Hashed hashed, IntPredicate eligible) {
    int owner = ring.ownerOf(hashed.hash(), eligible);
    if (owner < 0) {
      return new Pick.NoneAvailable();
    }
    return unhashed.endpointAt(owner, hashed.cookie());
  }
}
