package io.aviary.gateway.proxy;

import io.aviary.model.istio.HttpFaultInjection;
import io.aviary.model.istio.Percent;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Draws whether a request gets the rule's injected fault. A missing percentage means no request is affected
 * (Istio); the deprecated integer {@code percent} of a delay is honoured.
 */
final class FaultDecision {

  private FaultDecision() {}

  static boolean aborts(HttpFaultInjection fault) {
    HttpFaultInjection.Abort abort = fault.abort();
    return abort != null && abort.httpStatus() != null && drawn(abort.percentage(), null);
  }

  static int abortStatus(HttpFaultInjection fault) {
    HttpFaultInjection.Abort abort = fault.abort();
    return abort == null || abort.httpStatus() == null ? 503 : abort.httpStatus();
  }

  /** The delay to inject for this request, 0 for none. */
  static long delayNanos(HttpFaultInjection fault) {
    HttpFaultInjection.Delay delay = fault.delay();
    if (delay == null || !drawn(delay.percentage(), delay.percent())) {
      return 0;
    }
    return IstioDurations.nanos(delay.fixedDelay());
  }

  private static boolean drawn(@Nullable Percent percentage, @Nullable Integer legacyPercent) {
    double value = percentage != null ? percentage.value() : legacyPercent != null ? legacyPercent : 0;
    return value > 0 && ThreadLocalRandom.current().nextDouble(100.0) < value;
  }
}
