package io.aviary.gateway.runtime;

import io.aviary.gateway.upstream.UpstreamClusters;
import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.endpoints.EndpointTarget;
import io.aviary.gateway.upstream.health.ReadinessBoard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Active readiness probing, as kubelet does for pods: every endpoint annotated {@code aviary.io/health-path}
 * gets an HTTP GET of that path every interval; a 2xx answer marks it ready on the {@link ReadinessBoard},
 * anything else (other status, refused connection, no answer within the interval) marks it not ready, and the
 * balancers skip it. Probes run on one scheduler thread with the JDK client, never on the proxy's event loops,
 * so a slow endpoint delays nothing but its own probe. At most one probe per endpoint is in flight.
 * Thread-safe; {@link #close()} stops probing.
 */
final class ReadinessProber implements AutoCloseable {

  private final Supplier<UpstreamClusters> clusters;
  private final Duration interval;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("aviary-probe").daemon().factory());
  private final HttpClient client = HttpClient.newBuilder()
      .executor(scheduler)
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  private final Set<EndpointTarget> inFlight = ConcurrentHashMap.newKeySet();

  /** @param clusters the clusters of the current configuration, read at every round so reloads are followed */
  ReadinessProber(Supplier<UpstreamClusters> clusters, Duration interval) {
    this.clusters = clusters;
    this.interval = interval;
  }

  /** Probes right away (probed endpoints get no traffic until their first success), then every interval. */
  void start() {
    scheduler.scheduleWithFixedDelay(this::probeAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void probeAll() {
    UpstreamClusters current = clusters.get();
    for (Endpoint endpoint : current.index().probedEndpoints()) {
      if (inFlight.add(endpoint.target())) {
        probe(endpoint, current.readiness());
      }
    }
  }

  private void probe(Endpoint endpoint, ReadinessBoard board) {
    EndpointTarget target = endpoint.target();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create("http://" + target.authority() + endpoint.healthCheckPath()))
          .timeout(interval)
          .header("User-Agent", "aviary-probe")
          .GET()
          .build();
    } catch (IllegalArgumentException badPath) {
      board.markNotReady(target);
      inFlight.remove(target);
      return;
    }
    client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
      if (failure == null && response.statusCode() >= 200 && response.statusCode() < 300) {
        board.markReady(target);
      } else {
        board.markNotReady(target);
      }
      inFlight.remove(target);
    });
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    client.shutdownNow();
  }
}
