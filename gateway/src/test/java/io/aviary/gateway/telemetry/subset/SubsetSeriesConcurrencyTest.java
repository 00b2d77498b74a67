package io.aviary.gateway.telemetry.subset;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SubsetSeriesConcurrencyTest {

  private static final SubsetKey CANARY = new SubsetKey("default", "next-service.default.svc.cluster.local", "v2");
  private static final int THREADS = 4;
  private static final int PER_THREAD = 50_000;

  /** Millisecond slots on the real clock, and a reader draining all along, so slot changes race with writers. */
  @Test
  void sumsRequestsFromFourThreadsExactlyWhileSlotsRollAndAReaderDrains() throws Exception {
    SubsetSeries series = new SubsetTelemetry(System::nanoTime, Duration.ofMillis(1), 100).series(CANARY);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<?>> writers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1)) {
      for (int t = 0; t < THREADS; t++) {
        writers.add(pool.submit(() -> recordAfter(start, series)));
      }
      Future<?> reader = pool.submit(() -> readWhile(writing, series));
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      reader.get();
    }

    CumulativeTraffic totals = series.totals();

    assertThat(totals.counts().requests()).isEqualTo(THREADS * PER_THREAD);
    assertThat(totals.counts().serverError()).isEqualTo(THREADS * PER_THREAD / 10);
    assertThat(totals.counts().upstreamUnreached()).isEqualTo(THREADS * PER_THREAD / 10);
    assertThat(totals.latencies().count()).isEqualTo(THREADS * PER_THREAD);
  }

  /** Not an assertion (allocation depends on the JIT): prints bytes allocated per recorded request. */
  @Test
  void printsAllocatedBytesPerRecordedRequest() {
    SubsetSeries series = SubsetTelemetry.withSystemClock().series(CANARY);
    loop(series, 200_000);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(threadId);
    int requests = 1_000_000;
    loop(series, requests);
    long allocated = threads.getThreadAllocatedBytes(threadId) - before;
    System.out.printf(
        "SubsetSeries hot path: %d bytes allocated for %d requests (%.4f bytes/request, slot drains included)%n",
        allocated, requests, (double) allocated / requests);
    assertThat(series.totals().counts().requests()).isEqualTo(1_200_000);
  }

  private static void loop(SubsetSeries series, int requests) {
    for (int i = 0; i < requests; i++) {
      series.record(i % 10 == 0 ? 503 : 200, i % 10 == 0 ? "UH" : "-", i % 250);
    }
  }

  private static void recordAfter(CountDownLatch start, SubsetSeries series) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    loop(series, PER_THREAD);
  }

  private static void readWhile(AtomicBoolean writing, SubsetSeries series) {
    while (writing.get()) {
      series.window(Duration.ofMillis(50));
    }
  }
}
