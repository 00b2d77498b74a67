package io.aviary.gateway.upstream.health;

import io.aviary.gateway.upstream.policy.OutlierSettings;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;

/**
 * Envoy's consecutive-error ejection as Istio configures it. An endpoint is ejected as soon as it returns
 * {@code consecutive5xxErrors} 5xx responses in a row, or {@code consecutiveGatewayErrors} 502/503/504 in a
 * row (any other response resets the respective count). The ejection lasts {@code baseEjectionTime} times the
 * number of times it was ejected (capped by {@code maxEjectionTime}) and ends at the first review after that;
 * each base ejection time spent healthy afterwards lowers the multiplier by one. At most
 * {@code maxEjectionPercent} of the cluster is ejected at once, but one endpoint always may be.
 *
 * <p>Lock-free: counters are atomic per endpoint, ejection records are swapped by compare-and-set, and the
 * ejected count is reserved before an ejection so concurrent ejections cannot exceed the cap.
 */
final class ConsecutiveErrorDetector implements OutlierDetector {

  private final OutlierSettings.Enabled settings;
  private final LongSupplier clock;
  private final AtomicIntegerArray consecutive5xx;
  private final AtomicIntegerArray consecutiveGateway;
  private final AtomicReferenceArray<EjectionState> states;
  private final AtomicInteger ejected = new AtomicInteger();
  private final AtomicLong nextReviewNanos;

  ConsecutiveErrorDetector(OutlierSettings.Enabled settings, int endpointCount, LongSupplier clock) {
    this.settings = settings;
    this.clock = clock;
    this.consecutive5xx = new AtomicIntegerArray(endpointCount);
    this.consecutiveGateway = new AtomicIntegerArray(endpointCount);
    this.states = new AtomicReferenceArray<>(endpointCount);
    for (int i = 0; i < endpointCount; i++) {
      states.set(i, EjectionState.NEVER_EJECTED);
    }
    this.nextReviewNanos = new AtomicLong(clock.getAsLong() + settings.interval().toNanos());
  }

  @Override
  public void onResponse(int endpoint, int status) {
    if (status < 500 || status > 599) {
      resetIfCounting(consecutive5xx, endpoint);
      resetIfCounting(consecutiveGateway, endpoint);
      return;
    }
    int fiveXx = consecutive5xx.incrementAndGet(endpoint);
    int gateway = isGatewayError(status) ? consecutiveGateway.incrementAndGet(endpoint) : 0;
    if (gateway == 0) {
      resetIfCounting(consecutiveGateway, endpoint);
    }
    if (reached(fiveXx, settings.consecutive5xxErrors()) || reached(gateway, settings.consecutiveGatewayErrors())) {
      tryEject(endpoint);
    }
  }

  @Override
  public void onConnectFailure(int endpoint) {
    onResponse(endpoint, 503);
  }

  @Override
  public boolean isEjected(int endpoint) {
    return states.get(endpoint).ejected();
  }

  @Override
  public int ejectedCount() {
    return ejected.get();
  }

  @Override
  public void review() {
    long now = clock.getAsLong();
    long due = nextReviewNanos.get();
    long interval = settings.interval().toNanos();
    // The next review stays on the interval grid, as with Envoy's periodic timer, however late this one runs.
    if (now - due < 0 || !nextReviewNanos.compareAndSet(due, due + ((now - due) / interval + 1) * interval)) {
      return;
    }
    long baseNanos = settings.baseEjectionTime().toNanos();
    for (int i = 0; i < states.length(); i++) {
      EjectionState state = states.get(i);
      if (state.ejected()) {
        if (now - state.sinceNanos() >= settings.ejectionTime(state.timesEjected()).toNanos()
            && states.compareAndSet(i, state, state.readmittedAt(now))) {
          ejected.decrementAndGet();
        }
      } else if (state.timesEjected() > 0 && now - state.sinceNanos() >= baseNanos) {
        states.compareAndSet(i, state, state.decayedAt(now));
      }
    }
  }

  private void tryEject(int endpoint) {
    EjectionState state = states.get(endpoint);
    if (state.ejected() || !reserveEjection()) {
      return;
    }
    if (!states.compareAndSet(endpoint, state, state.ejectedAt(clock.getAsLong()))) {
      ejected.decrementAndGet();
      return;
    }
    consecutive5xx.set(endpoint, 0);
    consecutiveGateway.set(endpoint, 0);
  }

  /** Takes one ejection slot if {@code maxEjectionPercent} allows it (the first is always allowed). */
  private boolean reserveEjection() {
    int total = states.length();
    while (true) {
      int current = ejected.get();
      if (current > 0 && (long) (current + 1) * 100 > (long) settings.maxEjectionPercent() * total) {
        return false;
      }
      if (ejected.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  private static boolean reached(int count, int threshold) {
    return threshold > 0 && count >= threshold;
  }

  private static boolean isGatewayError(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  /** Resets a counter, writing only when it is non-zero so healthy traffic does not bounce cache lines. */
  private static void resetIfCounting(AtomicIntegerArray counters, int endpoint) {
    if (counters.get(endpoint) != 0) {
      counters.set(endpoint, 0);
    }
  }
}
