package io.aviary.embedded.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Steady load through the gateway: {@code perSecond} requests a second in small batches every 10 ms, with at most
 * {@code maxInFlight} outstanding, so a slow canary slows its own requests, not the pace.
 */
final class LoadGenerator implements AutoCloseable {

  private static final int BATCHES_PER_SECOND = 100;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
      .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
  private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("demo-load").daemon(true).factory());
  private final Semaphore inFlight;
  private final HttpRequest request;
  private final int perSecond;
  private long sent;

  LoadGenerator(URI target, int perSecond, int maxInFlight) {
    this.request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5)).header("User-Agent", "aviary-demo")
        .build();
    this.perSecond = perSecond;
    this.inFlight = new Semaphore(maxInFlight);
  }

  void start() {
    pacer.scheduleAtFixedRate(this::batch, 0, 1000 / BATCHES_PER_SECOND, TimeUnit.MILLISECONDS);
  }

  /** Spreads the rate evenly: after n batches, n * perSecond / 100 requests in total have been sent. */
  private void batch() {
    long due = (long) perSecond * (++sent) / BATCHES_PER_SECOND - (long) perSecond * (sent - 1) / BATCHES_PER_SECOND;
    for (long i = 0; i < due && inFlight.tryAcquire(); i++) {
      client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, failure) -> inFlight.release());
    }
  }

  @Override
  public void close() {
    pacer.shutdownNow();
    client.shutdownNow();
  }
}
