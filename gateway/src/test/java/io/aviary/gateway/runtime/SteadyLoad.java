package io.aviary.gateway.runtime;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Client threads sending requests back to back until stopped, recording every answer other than 200 and
 * every exception, so a test can show that nothing it did in the meantime failed a request. Bounded: each
 * thread stops after a minute even if the test forgets to.
 */
final class SteadyLoad implements AutoCloseable {

  private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final ExecutorService threads;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger completed = new AtomicInteger();
  private final List<String> failures = new CopyOnWriteArrayList<>();

  private SteadyLoad(int clients) {
    this.threads = Executors.newFixedThreadPool(clients);
  }

  static SteadyLoad start(int clients, Supplier<HttpResponse<String>> request) {
    SteadyLoad load = new SteadyLoad(clients);
    for (int i = 0; i < clients; i++) {
      load.threads.execute(() -> load.sendUntilStopped(request));
    }
    return load;
  }

  private void sendUntilStopped(Supplier<HttpResponse<String>> request) {
    long deadline = System.nanoTime() + MAX_NANOS;
    while (running.get() && System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = request.get();
        if (response.statusCode() != 200) {
          failures.add(response.statusCode() + " " + response.body());
        }
      } catch (RuntimeException e) {
        failures.add(e.toString());
      }
      completed.incrementAndGet();
    }
  }

  int completed() {
    return completed.get();
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  /** Stops sending and waits for the requests in flight to finish. */
  void stop() throws InterruptedException {
    running.set(false);
    threads.shutdown();
    threads.awaitTermination(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
