package io.aviary.gateway.proxy;

import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the direct memory Netty's pooled allocator holds while a transfer runs, so a test can show that a
 * body streams through instead of being buffered: buffering 1 GiB would need 1 GiB.
 */
final class DirectMemoryWatch {

  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong peak = new AtomicLong();

  static DirectMemoryWatch start() {
    DirectMemoryWatch watch = new DirectMemoryWatch();
    watch.sampler.scheduleAtFixedRate(watch::sample, 0, 5, TimeUnit.MILLISECONDS);
    return watch;
  }

  private void sample() {
    long used = PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory()
        + PooledByteBufAllocator.DEFAULT.metric().usedHeapMemory();
    peak.accumulateAndGet(used, Math::max);
  }

  void stop() throws InterruptedException {
    sampler.shutdown();
    sampler.awaitTermination(1, TimeUnit.SECONDS);
    sample();
  }

  long peakBytes() {
    return peak.get();
  }
}
