package io.aviary.gateway.telemetry.accesslog;

import java.time.Instant;

/** Access log entries as the proxy would build them for the seed's traffic. */
final class Entries {

  private Entries() {}

  static AccessLogEntry proxied(String requestId) {
    return new AccessLogEntry(
        Instant.parse("2026-03-04T05:06:07.089Z"),
        "GET",
        "/productpage?x=1",
        "HTTP/1.1",
        200,
        "-",
        "via_upstream",
        null,
        null,
        0,
        5289,
        12,
        "11",
        "10.0.0.1",
        "curl/8.5.0",
        requestId,
        "next.example.com",
        "127.0.0.1:3001",
        "outbound|80|v2|next-service.default.svc.cluster.local",
        "127.0.0.1:51234",
        "127.0.0.1:8080",
        "127.0.0.1:40000",
        null,
        "canary");
  }

  static AccessLogEntry noRoute() {
    return new AccessLogEntry(
        Instant.parse("2026-03-04T05:06:07Z"),
        "POST",
        "/missing",
        "HTTP/2",
        404,
        "NR",
        "route_not_found",
        "",
        null,
        17,
        0,
        0,
        null,
        null,
        null,
        null,
        "shop.example.com",
        null,
        null,
        null,
        "127.0.0.1:8080",
        "127.0.0.1:40001",
        null,
        null);
  }
}
