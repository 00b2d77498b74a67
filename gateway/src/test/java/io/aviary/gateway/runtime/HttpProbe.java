package io.aviary.gateway.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP/1.1 client for the runtime's tests, keeping connections alive as browsers and load generators do.
 * Thread-safe: one probe may be shared by several client threads.
 */
final class HttpProbe {

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  HttpResponse<String> get(int port, String path) {
    return get(port, path, Map.of());
  }

  HttpResponse<String> get(int port, String path, Map<String, String> headers) {
    return send(request(port, path, headers).GET().build());
  }

  CompletableFuture<HttpResponse<String>> getAsync(int port, String path) {
    return client.sendAsync(request(port, path, Map.of()).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(int port, String path, Map<String, String> headers) {
    return send(request(port, path, headers).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private static HttpRequest.Builder request(int port, String path, Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10));
    headers.forEach(builder::header);
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
