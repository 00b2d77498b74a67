package io.aviary.gateway.upstream.policy;

import io.aviary.model.GoDuration;
import java.time.Duration;

/**
 * A DestinationRule duration ({@code 10s}, {@code 1.5s}, {@code 1h30m}) as a {@link Duration}, with an error that
 * names the setting. Parsing is {@link GoDuration}'s, the one parser the project uses for Go-style durations.
 */
final class IstioDuration {

  private IstioDuration() {}

  /** The duration {@code text}; {@code field} only names the setting in the error message. */
  static Duration parse(String field, String text) {
    return GoDuration.parse(text.trim()).orElseThrow(() -> new IllegalArgumentException(
        field + ": \"" + text + "\" (expected: a duration such as 10s, 1.5s, 100ms or 1h30m)"));
  }
}
