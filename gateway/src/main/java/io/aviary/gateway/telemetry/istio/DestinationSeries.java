package io.aviary.gateway.telemetry.istio;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The pre-bound series of one {@link DestinationIdentity}, indexed by response flags and then by response code. The
 * proxy keeps this handle next to the endpoint it belongs to; a request then costs one hash lookup of the flags
 * string (normally the constant {@link ResponseFlags#NONE}), one array read and a few adder updates: no lock and no
 * allocation after the first request of each (code, flags) pair.
 *
 * <p>Thread-safe: tables and series are created on first use with compare-and-set; a losing racer's series is the
 * same Prometheus data point (label values are equal), so nothing is lost either way.
 */
public final class DestinationSeries {

  /** Status codes are three digits; 0 means no response was sent. Anything else is clamped into this range. */
  private static final int CODE_SLOTS = 1000;

  private final DestinationIdentity identity;
  private final IstioInstruments instruments;
  private final ConcurrentHashMap<String, AtomicReferenceArray<RequestSeries>> byFlags = new ConcurrentHashMap<>();

  DestinationSeries(DestinationIdentity identity, IstioInstruments instruments) {
    this.identity = identity;
    this.instruments = instruments;
  }

  /** The identity these series are labelled with. */
  public DestinationIdentity identity() {
    return identity;
  }

  /**
   * Records one completed request.
   *
   * @param responseCode the status sent downstream, 0 if none was sent
   * @param responseFlags Envoy short flags, {@link ResponseFlags#NONE} when none (an empty string is read as none)
   * @param durationMillis request start to last response byte, in milliseconds
   * @param requestBytes downstream wire bytes received (headers and body)
   * @param responseBytes downstream wire bytes sent (headers and body)
   */
  public void record(
      int responseCode, String responseFlags, double durationMillis, long requestBytes, long responseBytes) {
    series(responseCode, responseFlags).record(durationMillis, requestBytes, responseBytes);
  }

  /** The series of one (code, flags) pair, bound on first use. */
  public RequestSeries series(int responseCode, String responseFlags) {
    int code = Math.clamp(responseCode, 0, CODE_SLOTS - 1);
    AtomicReferenceArray<RequestSeries> byCode = byFlags.get(responseFlags);
    if (byCode == null) {
      byCode = byFlags.computeIfAbsent(responseFlags, flags -> new AtomicReferenceArray<>(CODE_SLOTS));
    }
    RequestSeries series = byCode.get(code);
    if (series == null) {
      series = instruments.bind(identity, code, responseFlags);
      if (!byCode.compareAndSet(code, null, series)) {
        series = byCode.get(code);
      }
    }
    return series;
  }
}
