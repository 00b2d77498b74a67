package io.aviary.demoapp;

import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a demo app instance behaves. {@code errorRate} (0..1) is the share of requests answered 500, drawn from a
 * random source seeded with {@code seed} when given (so tests see the same share on every run); {@code latency} is
 * waited before every answer but the health check's. {@code port} 0 takes a free port.
 */
public record DemoAppSettings(
    String version, String bind, int port, double errorRate, Duration latency, @Nullable Long seed) {

  public static final int DEFAULT_PORT = 9080;
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** Versions go into a JSON body and a header unescaped, hence the plain alphabet. */
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  public DemoAppSettings {
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("version: '%s' (expected: letters, digits, '.', '_' or '-', e.g. v2)"
          .formatted(version));
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port: %d (expected: 0..65535)".formatted(port));
    }
    if (!(errorRate >= 0 && errorRate <= 1)) {
      throw new IllegalArgumentException("error-rate: %s (expected: 0..1)".formatted(errorRate));
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency: %dms (expected: 0 or more)".formatted(latency.toMillis()));
    }
  }

  /** Version {@code version} on 127.0.0.1:9080, always healthy and fast. */
  public static DemoAppSettings of(String version) {
    return new DemoAppSettings(version, DEFAULT_BIND, DEFAULT_PORT, 0, Duration.ZERO, null);
  }

  public DemoAppSettings withPort(int newPort) {
    return new DemoAppSettings(version, bind, newPort, errorRate, latency, seed);
  }

  public DemoAppSettings withBind(String newBind) {
    return new DemoAppSettings(version, newBind, port, errorRate, latency, seed);
  }

  public DemoAppSettings withErrorRate(double newErrorRate) {
    return new DemoAppSettings(version, bind, port, newErrorRate, latency, seed);
  }

  public DemoAppSettings withLatency(Duration newLatency) {
    return new DemoAppSettings(version, bind, port, errorRate, newLatency, seed);
  }

  public DemoAppSettings withSeed(long newSeed) {
    return new DemoAppSettings(version, bind, port, errorRate, latency, newSeed);
  }
}
