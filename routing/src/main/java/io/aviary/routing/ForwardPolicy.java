package io.aviary.routing;

import io.aviary.model.istio.CorsPolicy;
import io.aviary.model.istio.Headers;
import io.aviary.model.istio.HttpFaultInjection;
import io.aviary.model.istio.HttpRetry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the proxy does around forwarding, as the matched rule says: fault first, CORS, then rewrite, header
 * operations (route-level, then those of the chosen destination), timeout, retries and mirrors. Values are the
 * model's records; {@code null} means the rule does not set them and Istio's defaults apply.
 */
public record ForwardPolicy(
    @Nullable PathRewrite rewrite,
    @Nullable String authorityRewrite,
    @Nullable String timeout,
    @Nullable HttpRetry retries,
    @Nullable HttpFaultInjection fault,
    List<Mirror> mirrors,
    Headers routeHeaders,
    Headers destinationHeaders,
    @Nullable CorsPolicy cors) {

  public ForwardPolicy {
    mirrors = List.copyOf(mirrors);
  }

  /** The same policy with the header operations of the destination that was chosen. */
  public ForwardPolicy withDestinationHeaders(Headers headers) {
    return new ForwardPolicy(
        rewrite, authorityRewrite, timeout, retries, fault, mirrors, routeHeaders, headers, cors);
  }

  /** No actions at all: Istio's default route to a service without a VirtualService. */
  public static ForwardPolicy none() {
    return new ForwardPolicy(null, null, null, null, null, List.of(), Headers.NONE, Headers.NONE, null);
  }
}
