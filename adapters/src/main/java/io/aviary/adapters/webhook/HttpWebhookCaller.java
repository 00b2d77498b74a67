package io.aviary.adapters.webhook;

import io.aviary.adapters.http.BoundedExchange;
import io.aviary.adapters.http.BoundedExchange.Outcome;
import io.aviary.adapters.http.HttpTarget;
import io.aviary.adapters.http.RedactedUrl;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.port.WebhookCall;
import io.aviary.controller.port.WebhookCaller;
import io.aviary.controller.spec.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Calls a webhook as Flagger does: {@code POST} of {@link WebhookPayload}'s JSON to the hook's URL, the whole exchange
 * bounded by the hook's timeout (the spec has already applied Flagger's 10s default). A 2xx answer passes; any
 * other status, a timeout, a refused connection or an invalid URL does not, with the reason in the detail. Details
 * show the URL without its query or user info, which often hold tokens.
 */
public final class HttpWebhookCaller implements WebhookCaller {

  /** Enough of a failing hook's answer to say why in the decision record. */
  private static final int MAX_DETAIL_BODY = 512;

  private final BoundedExchange http;
  private final Clock clock;

  /**
   * Over HTTP/1.1 (no h2c upgrade, which some hook receivers mishandle), following redirects except from https to
   * http, as Flagger's Go client does.
   */
  public HttpWebhookCaller() {
    this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL)
        .build(), Clock.systemUTC());
  }

  /** {@code clock} stamps event hooks' {@code timestamp}. */
  public HttpWebhookCaller(HttpClient client, Clock clock) {
    this.http = new BoundedExchange(client);
    this.clock = clock;
  }

  @Override
  public WebhookResult call(WebhookCall call) {
    Webhook hook = call.hook();
    URI url = HttpTarget.parse(hook.url()).orElse(null);
    if (url == null) {
      return result(hook, false, "url is not an absolute http(s) URL");
    }
    if (hook.timeout().isZero() || hook.timeout().isNegative()) {
      // Go's client would wait forever on a zero timeout; the port promises a bounded call.
      return result(hook, false, "timeout: %dms (expected: a positive duration)".formatted(hook.timeout().toMillis()));
    }
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(hook.timeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(WebhookPayload.json(call, clock.instant()), StandardCharsets.UTF_8))
        .build();
    String shown = RedactedUrl.of(url);
    return switch (http.send(request, hook.timeout(), MAX_DETAIL_BODY)) {
      case Outcome.NoAnswer none -> result(hook, false, "POST %s: %s".formatted(shown, none.reason()));
      case Outcome.Answered answered when answered.status() / 100 == 2 ->
          result(hook, true, "POST %s: %d".formatted(shown, answered.status()));
      case Outcome.Answered answered -> result(hook, false, "POST %s: %d%s"
          .formatted(shown, answered.status(), excerpt(answered)));
    };
  }

  private static WebhookResult result(Webhook hook, boolean passed, String detail) {
    return new WebhookResult(hook.name(), hook.type(), passed, detail);
  }

  private static String excerpt(Outcome.Answered answered) {
    String body = answered.body().strip().replaceAll("\\s+", " ");
    return body.isEmpty() ? "" : " " + body + (answered.truncated() ? "..." : "");
  }
}
