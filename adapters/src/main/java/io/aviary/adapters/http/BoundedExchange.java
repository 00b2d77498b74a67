package io.aviary.adapters.http;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * One HTTP exchange bounded as a whole: connecting, the answer's headers and its body all within {@code timeout}
 * ({@link HttpRequest#timeout()} alone stops at the headers), keeping at most {@code maxBodyBytes} of the body so a
 * misbehaving server cannot fill the heap. Failures are answers, not exceptions, because both ports promise never to
 * throw for a backend's failure.
 */
public final class BoundedExchange {

  /** What came back. */
  public sealed interface Outcome {

    /** The server answered; {@code truncated} when the body was longer than the limit. */
    record Answered(int status, String body, boolean truncated) implements Outcome {}

    /** No answer: {@code reason} says why (timed out, refused, unknown host, TLS), without the URL's secrets. */
    record NoAnswer(String reason) implements Outcome {}
  }

  private final HttpClient client;

  public BoundedExchange(HttpClient client) {
    this.client = client;
  }

  public Outcome send(HttpRequest request, Duration timeout, int maxBodyBytes) {
    LimitedBody body = new LimitedBody(maxBodyBytes);
    CompletableFuture<HttpResponse<LimitedBody>> answer = client.sendAsync(request,
        info -> BodySubscribers.mapping(BodySubscribers.ofByteArrayConsumer(body), ignored -> body));
    try {
      HttpResponse<LimitedBody> response = answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Outcome.Answered(response.statusCode(), response.body().text(), response.body().truncated);
    } catch (TimeoutException e) {
      answer.cancel(true);
      return new Outcome.NoAnswer("timed out after " + describe(timeout));
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      return new Outcome.NoAnswer("interrupted while waiting for the answer");
    } catch (ExecutionException e) {
      return new Outcome.NoAnswer(reason(e.getCause(), request.uri(), timeout));
    }
  }

  private static String reason(Throwable cause, URI uri, Duration timeout) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "connect timed out";
    }
    if (cause instanceof HttpTimeoutException) {
      // The request's own timeout, equal to ours, can fire first.
      return "timed out after " + describe(timeout);
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof UnresolvedAddressException || cause.getCause() instanceof UnresolvedAddressException) {
      return "unknown host " + uri.getHost();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (uri.getRawQuery() != null) {
      message = message.replace(uri.getRawQuery(), "...");
    }
    return (cause instanceof SSLException ? "TLS failed: " : "I/O error: ") + message;
  }

  /** {@code 10s}, {@code 1.5s}, {@code 250ms}: how a user wrote the timeout, not ISO-8601's {@code PT10S}. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis < 1000 ? millis + "ms" : millis / 1000.0 + "s";
  }

  /** Collects the first {@code limit} bytes of a body and drops the rest, noting that it did. */
  private static final class LimitedBody implements Consumer<Optional<byte[]>> {

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;

    LimitedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public void accept(Optional<byte[]> chunk) {
      chunk.ifPresent(bytes -> {
        int room = limit - kept.size();
        kept.write(bytes, 0, Math.max(0, Math.min(room, bytes.length)));
        truncated |= bytes.length > room;
      });
    }

    String text() {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }
}
