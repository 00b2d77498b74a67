package io.aviary.gateway.telemetry.subset;

import java.util.OptionalDouble;

/**
 * Request counts of one subset over some period, by {@link Outcome}, plus how many of them never reached an upstream
 * (counted within their status class too, usually {@code SERVER_ERROR}). Immutable.
 */
public record StatusCounts(
    long noResponse,
    long informational,
    long success,
    long redirection,
    long clientError,
    long serverError,
    long upstreamUnreached) {

  /** Index of the unreached counter after the {@link Outcome} ordinals, in the arrays recorders fill. */
  static final int UNREACHED = Outcome.values().length;

  /** Length of the arrays recorders fill. */
  static final int SLOTS = UNREACHED + 1;

  public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0, 0);

  static StatusCounts of(long[] counts) {
    return new StatusCounts(
        counts[Outcome.NO_RESPONSE.ordinal()],
        counts[Outcome.INFORMATIONAL.ordinal()],
        counts[Outcome.SUCCESS.ordinal()],
        counts[Outcome.REDIRECTION.ordinal()],
        counts[Outcome.CLIENT_ERROR.ordinal()],
        counts[Outcome.SERVER_ERROR.ordinal()],
        counts[UNREACHED]);
  }

  /** All requests, whatever their outcome. */
  public long requests() {
    return noResponse + informational + success + redirection + clientError + serverError;
  }

  /** The count of one status class. */
  public long count(Outcome outcome) {
    return switch (outcome) {
      case NO_RESPONSE -> noResponse;
      case INFORMATIONAL -> informational;
      case SUCCESS -> success;
      case REDIRECTION -> redirection;
      case CLIENT_ERROR -> clientError;
      case SERVER_ERROR -> serverError;
    };
  }

  /**
   * Flagger's {@code request-success-rate}: the percentage of requests that were not 5xx; empty without requests,
   * because "no traffic" must not read as a bad canary.
   */
  public OptionalDouble successRatePercent() {
    long requests = requests();
    return requests == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (requests - serverError) / requests);
  }

  /** These counts minus an earlier reading of the same cumulative counters. */
  public StatusCounts minus(StatusCounts earlier) {
    return new StatusCounts(
        noResponse - earlier.noResponse,
        informational - earlier.informational,
        success - earlier.success,
        redirection - earlier.redirection,
        clientError - earlier.clientError,
        serverError - earlier.serverError,
        upstreamUnreached - earlier.upstreamUnreached);
  }
}
