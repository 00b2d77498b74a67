package io.aviary.gateway.proxy;

import io.aviary.routing.RequestView;
import io.aviary.routing.Target;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A fake chooser for proxy tests: one endpoint per subset (or per host when the target has no subset). */
final class FixedUpstreams implements UpstreamChooser {

  private final Map<String, Integer> portsBySubset;

  FixedUpstreams(Map<String, Integer> portsBySubset) {
    this.portsBySubset = portsBySubset;
  }

  @Override
  public UpstreamChoice choose(
      Target target, RequestView request, String clientAddress, @Nullable UpstreamEndpoint previousAttempt) {
    String key = target.subset() == null ? target.host().value() : target.subset();
    Integer port = portsBySubset.get(key);
    if (port == null) {
      return new UpstreamChoice.UnknownCluster(key);
    }
    return new UpstreamChoice.Chosen(new UpstreamEndpoint("127.0.0.1", port, key, null), UpstreamLease.NONE);
  }
}
