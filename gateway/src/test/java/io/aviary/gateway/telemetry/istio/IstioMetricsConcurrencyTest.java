package io.aviary.gateway.telemetry.istio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IstioMetricsConcurrencyTest {

  private static final int THREADS = 4;
  private static final int PER_THREAD = 50_000;

  @Test
  void sumsRequestsRecordedFromFourThreadsExactly() throws Exception {
    IstioMetrics metrics = Endpoints.metrics();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> recordAfter(start, metrics, thread)));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
    }

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    assertThat(samples.sum("istio_requests_total", "reporter=destination")).isEqualTo(THREADS * PER_THREAD);
    assertThat(samples.sum("istio_requests_total", "reporter=source", "destination_version=v2", "response_code=503"))
        .isEqualTo(THREADS * PER_THREAD / 10);
    assertThat(samples.sum("istio_request_duration_milliseconds_count", "reporter=source"))
        .isEqualTo(THREADS * PER_THREAD);
  }

  /**
   * Not an assertion (allocation counts depend on the JIT): prints the bytes one thread allocates per recorded
   * request once the series are bound, which should read as about zero.
   */
  @Test
  void printsAllocatedBytesPerRecordedRequest() {
    IstioMetrics metrics = Endpoints.metrics();
    DestinationSeries v1 = metrics.destination(Endpoints.V1);
    loop(v1, 200_000);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(threadId);
    int requests = 1_000_000;
    loop(v1, requests);
    long allocated = threads.getThreadAllocatedBytes(threadId) - before;
    System.out.printf(
        "IstioMetrics hot path: %d bytes allocated for %d requests (%.4f bytes/request)%n",
        allocated, requests, (double) allocated / requests);
    assertThat(allocated).isNotNegative();
  }

  private static void loop(DestinationSeries series, int requests) {
    for (int i = 0; i < requests; i++) {
      series.record(i % 10 == 0 ? 500 : 200, ResponseFlags.NONE, i % 300, 180, 900);
    }
  }

  private static void recordAfter(CountDownLatch start, IstioMetrics metrics, int thread) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < PER_THREAD; i++) {
      boolean canary = (i + thread) % 2 == 0;
      int code = canary && i % 5 == 0 ? 503 : 200;
      metrics.record(canary ? Endpoints.V2 : Endpoints.V1, code, ResponseFlags.NONE, i % 100, 100, 100);
    }
  }
}
