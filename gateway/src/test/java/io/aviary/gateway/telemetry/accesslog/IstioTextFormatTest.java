package io.aviary.gateway.telemetry.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IstioTextFormatTest {

  private final IstioTextFormat format = new IstioTextFormat();

  @Test
  void formatsAProxiedRequestLikeIstiosDefaultTextFormat() {
    assertThat(format.format(Entries.proxied("4b1c"))).isEqualTo(
        "[2026-03-04T05:06:07.089Z] \"GET /productpage?x=1 HTTP/1.1\" 200 - via_upstream - \"-\" 0 5289 12 11"
            + " \"10.0.0.1\" \"curl/8.5.0\" \"4b1c\" \"next.example.com\" \"127.0.0.1:3001\""
            + " outbound|80|v2|next-service.default.svc.cluster.local 127.0.0.1:51234 127.0.0.1:8080"
            + " 127.0.0.1:40000 - canary\n");
  }

  @Test
  void printsADashForEveryAbsentValueAndMillisecondsAlways() {
    assertThat(format.format(Entries.noRoute())).isEqualTo(
        "[2026-03-04T05:06:07.000Z] \"POST /missing HTTP/2\" 404 NR route_not_found - \"-\" 17 0 0 -"
            + " \"-\" \"-\" \"-\" \"shop.example.com\" \"-\" - - 127.0.0.1:8080 127.0.0.1:40001 - -\n");
  }

  @Test
  void printsTheFieldsInTheOrderOfTheFormatString() {
    String[] operators = IstioTextFormat.FORMAT.strip().split(" ");
    String[] fields = format.format(Entries.noRoute()).strip().split(" ");

    assertThat(fields).hasSameSizeAs(operators);
    assertThat(operators[4]).isEqualTo("%RESPONSE_CODE%");
    assertThat(fields[4]).isEqualTo("404");
    assertThat(operators[operators.length - 4]).isEqualTo("%DOWNSTREAM_LOCAL_ADDRESS%");
    assertThat(fields[fields.length - 4]).isEqualTo("127.0.0.1:8080");
  }
}
