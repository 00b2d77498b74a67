package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How upstream responses reach an HTTP/1.1 client, byte for byte: a plain response is relayed as the upstream
 * framed it, minus its connection-scoped headers; one the rule edits, or whose body ends with the upstream
 * connection, is re-framed for the client. Each test sends two requests on one client connection, so a response
 * framed wrongly would show up as a broken second one.
 */
class ResponseRelayIT {

  private static final String CHUNKED = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nKeep-Alive: timeout=5\r\n"
      + "Connection: keep-alive\r\nX-Kept: yes\r\n\r\n"
      + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nx-checksum: 42\r\n\r\n";
  private static final String CONFIG = TestConfigs.virtualServiceFor("app.example.com") + """
        - match:
          - uri: {prefix: /edited}
          headers:
            response:
              set: {x-served-by: aviary}
          route:
          - destination: {host: app, subset: v1}
        - route:
          - destination: {host: app, subset: v1}
      """;

  private ScriptedUpstream upstream;
  private ProxyHarness gateway;
  private Socket client;

  @BeforeEach
  void start() throws Exception {
    upstream = new ScriptedUpstream(Map.of(
        "/chunked", CHUNKED,
        "/edited", CHUNKED,
        "/head", "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n",
        "/hop", "HTTP/1.1 200 OK\r\nConnection: x-hop\r\nX-Hop: 1\r\nContent-Length: 2\r\n\r\nok",
        "/until-close", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end" + ScriptedUpstream.CLOSE,
        "/length", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
        "/smuggle", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
    gateway = new ProxyHarness(CONFIG, Map.of("v1", upstream.port()));
    client = new Socket("127.0.0.1", gateway.port);
    client.setSoTimeout(10_000);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    gateway.close();
    upstream.close();
  }

  private String exchange(String method, String path, int bodyBytes) throws Exception {
    OutputStream out = client.getOutputStream();
    out.write((method + " " + path + " HTTP/1.1\r\nHost: app.example.com\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = client.getInputStream();
    String head = RawHttp.readHead(in);
    return head + new String(in.readNBytes(bodyBytes), StandardCharsets.ISO_8859_1);
  }

  private static int chunkedLength(String script) {
    return script.length() - script.indexOf("\r\n\r\n") - 4;
  }

  @Test
  void relaysAChunkedBodyWithItsExtensionsAndTrailersAsTheUpstreamFramedIt() throws Exception {
    String expected = CHUNKED.replace("Keep-Alive: timeout=5\r\n", "").replace("Connection: keep-alive\r\n", "");
    assertThat(exchange("GET", "/chunked", chunkedLength(CHUNKED))).isEqualTo(expected);
    assertThat(exchange("GET", "/chunked", chunkedLength(CHUNKED))).isEqualTo(expected);
    assertThat(gateway.lastCompleted(2).responseCode()).isEqualTo(200);
  }

  @Test
  void aResponseTheRuleEditsIsReEncodedWithItsTrailersAndHeaders() throws Exception {
    String reFramed = "5\r\nhello\r\n6\r\n world\r\n0\r\nx-checksum: 42\r\n\r\n";
    String response = exchange("GET", "/edited", reFramed.length());
    assertThat(response).startsWith("HTTP/1.1 200 OK\r\n").containsIgnoringCase("x-served-by: aviary\r\n")
        .containsIgnoringCase("x-kept: yes\r\n").doesNotContainIgnoringCase("keep-alive")
        .endsWith("\r\n\r\n" + reFramed);
    assertThat(exchange("GET", "/length", 2)).endsWith("\r\n\r\nok");
  }

  @Test
  void aResponseToHeadCarriesTheLengthButNoBody() throws Exception {
    assertThat(exchange("HEAD", "/head", 0)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
    assertThat(exchange("GET", "/length", 2)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  }

  @Test
  void dropsTheHeadersTheUpstreamsConnectionHeaderNames() throws Exception {
    String response = exchange("GET", "/hop", 2);
    assertThat(response).doesNotContainIgnoringCase("x-hop").doesNotContainIgnoringCase("connection")
        .endsWith("Content-Length: 2\r\n\r\nok");
    assertThat(exchange("GET", "/length", 2)).endsWith("\r\n\r\nok");
  }

  @Test
  void aBodyEndingWithTheUpstreamConnectionIsChunkedForAKeepAliveClient() throws Exception {
    String response = exchange("GET", "/until-close", "d\r\nuntil the end\r\n0\r\n\r\n".length());
    assertThat(response).containsIgnoringCase("transfer-encoding: chunked\r\n")
        .endsWith("\r\n\r\nd\r\nuntil the end\r\n0\r\n\r\n");
    assertThat(exchange("GET", "/length", 2)).endsWith("\r\n\r\nok");
  }

  @Test
  void anUpstreamResponseFramedAmbiguouslyIsNeverRelayed() throws Exception {
    String response = exchange("GET", "/smuggle", 0);
    assertThat(response).startsWith("HTTP/1.1 503");
    assertThat(gateway.lastCompleted(1).responseFlags()).isEqualTo("UC");
  }
}
