package io.aviary.gateway.telemetry.subset;

/**
 * The status class of a completed request. {@link #NO_RESPONSE} is response code 0: nothing was sent downstream
 * (Envoy's convention), typically because the client went away.
 */
public enum Outcome {
  NO_RESPONSE,
  INFORMATIONAL,
  SUCCESS,
  REDIRECTION,
  CLIENT_ERROR,
  SERVER_ERROR;

  private static final Outcome[] BY_HUNDREDS = {
    NO_RESPONSE, INFORMATIONAL, SUCCESS, REDIRECTION, CLIENT_ERROR, SERVER_ERROR
  };

  /** The class of {@code responseCode}; codes outside 1xx-5xx count as {@link #NO_RESPONSE} (0) or server errors. */
  public static Outcome of(int responseCode) {
    if (responseCode <= 0) {
      return NO_RESPONSE;
    }
    return BY_HUNDREDS[Math.clamp(responseCode / 100, 1, BY_HUNDREDS.length - 1)];
  }
}
