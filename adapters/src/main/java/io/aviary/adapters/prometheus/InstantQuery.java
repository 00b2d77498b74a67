package io.aviary.adapters.prometheus;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The URL of an instant query on Prometheus' HTTP API, {@code {address}/api/v1/query?query=...[&time=...]}. */
final class InstantQuery {

  private InstantQuery() {}

  /**
   * {@code promql} at {@code time}, or at Prometheus' "now" when null. Several queries that must describe the same
   * window (one tick's requests, errors and buckets) pass the same {@code time}, so they never straddle a scrape.
   */
  static URI uri(URI address, String promql, @Nullable Instant time) {
    // A path prefix (Prometheus behind /prometheus) is kept; a query string on the address is not an API path.
    String path = address.getRawPath() == null ? "" : address.getRawPath().replaceAll("/+$", "");
    String base = address.getScheme() + "://" + address.getRawAuthority() + path;
    // Flagger collapses the template's line breaks and indentation before sending.
    String flat = promql.strip().replaceAll("\\s+", " ");
    String at = time == null ? "" : "&time=" + seconds(time);
    return URI.create(base + "/api/v1/query?query=" + URLEncoder.encode(flat, StandardCharsets.UTF_8) + at);
  }

  /** Unix seconds with millisecond decimals, as Prometheus' {@code time} parameter reads them. */
  private static String seconds(Instant time) {
    return BigDecimal.valueOf(time.toEpochMilli()).movePointLeft(3).toPlainString();
  }
}
