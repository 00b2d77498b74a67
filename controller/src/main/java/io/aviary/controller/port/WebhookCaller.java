package io.aviary.controller.port;

import io.aviary.controller.observe.WebhookResult;

/**
 * Calls webhooks. Blocking, bounded by the hook's timeout; never throws for the hook's failure (non-2xx, timeout,
 * refused connection), which it answers as a result that did not pass, with the reason in its detail.
 */
@FunctionalInterface
public interface WebhookCaller {

  WebhookResult call(WebhookCall call);
}
