/** Flagger's webhooks over HTTP: the JSON payload Flagger posts, the hook's timeout, 2xx as a pass. */
@NullMarked
package io.aviary.adapters.webhook;

import org.jspecify.annotations.NullMarked;
