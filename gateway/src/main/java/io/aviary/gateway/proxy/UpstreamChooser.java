package io.aviary.gateway.proxy;

import io.aviary.routing.RequestView;
import io.aviary.routing.Target;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the endpoint of a routed request: cluster lookup, subset, health, load balancing and connection-pool
 * limits. Called on the event loop of the request: implementations must not block.
 */
public interface UpstreamChooser {

  /**
   * @param previousAttempt the endpoint the previous attempt of this request used, so retries can avoid it, or
   *     {@code null} on the first attempt
   */
  UpstreamChoice choose(
      Target target, RequestView request, String clientAddress, @Nullable UpstreamEndpoint previousAttempt);
}
