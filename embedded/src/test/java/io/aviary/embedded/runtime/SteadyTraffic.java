package io.aviary.embedded.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Requests through the gateway from a background thread until closed, tallied by answer (version or status). */
final class SteadyTraffic implements AutoCloseable {

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Map<String, AtomicLong> tally = new ConcurrentHashMap<>();
  private final Thread thread;

  SteadyTraffic(RuntimeHarness harness) {
    thread = Thread.ofVirtual().start(() -> {
      while (running.get()) {
        var response = harness.get("curl/8");
        String key = response.statusCode() == 200
            ? response.headers().firstValue("x-version").orElse("?") : Integer.toString(response.statusCode());
        tally.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
      }
    });
  }

  long count(String answer) {
    AtomicLong count = tally.get(answer);
    return count == null ? 0 : count.get();
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join();
  }
}
