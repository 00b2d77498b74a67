package io.aviary.gateway.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a message's headers that notes everything the proxy decides by: framing (smuggling checks),
 * keep-alive, hop-by-hop headers present, and the few values it reads. The proxy asks these questions of every
 * request and response; answering them from one iteration, instead of a hashed lookup each, is a measurable
 * share of the per-request cost.
 */
final class HeadScan {

  int contentLengths;
  int transferEncodings;
  boolean chunked;
  boolean connectionClose;
  boolean connectionKeepAlive;
  boolean hopByHop;
  private boolean hopByHopBesidesConnection;
  boolean upgrade;
  boolean expectContinue;
  boolean requestId;
  @Nullable CharSequence host;
  @Nullable CharSequence forwardedFor;
  private final boolean http10;

  private HeadScan(HttpMessage message) {
    this.http10 = message.protocolVersion().equals(HttpVersion.HTTP_1_0);
  }

  static HeadScan of(HttpMessage message) {
    HeadScan scan = new HeadScan(message);
    HttpHeaders headers = message.headers();
    for (Iterator<Map.Entry<CharSequence, CharSequence>> it = headers.iteratorCharSequence(); it.hasNext(); ) {
      Map.Entry<CharSequence, CharSequence> header = it.next();
      scan.note(header.getKey(), header.getValue());
    }
    return scan;
  }

  private void note(CharSequence name, CharSequence value) {
    switch (name.length()) {
      case 4 -> {
        if (is(name, HttpHeaderNames.HOST)) {
          host = value;
        }
      }
      case 10 -> {
        if (is(name, HttpHeaderNames.CONNECTION)) {
          noteConnection(value);
        } else if (is(name, HttpHeaderNames.KEEP_ALIVE)) {
          otherHopByHop();
        }
      }
      case 14 -> {
        if (is(name, HttpHeaderNames.CONTENT_LENGTH)) {
          contentLengths++;
        }
      }
      case 17 -> {
        if (is(name, HttpHeaderNames.TRANSFER_ENCODING)) {
          transferEncodings++;
          chunked = AsciiString.contentEqualsIgnoreCase(value, HttpHeaderValues.CHUNKED);
        }
      }
      case 2 -> {
        if (is(name, HttpHeaderNames.TE)) {
          otherHopByHop();
        }
      }
      case 7 -> {
        if (is(name, HttpHeaderNames.UPGRADE)) {
          upgrade = true;
          otherHopByHop();
        }
      }
      case 6 -> expectContinue |= is(name, HttpHeaderNames.EXPECT)
          && AsciiString.contentEqualsIgnoreCase(value, HttpHeaderValues.CONTINUE);
      case 12 -> requestId |= is(name, UpstreamRequestHead.REQUEST_ID);
      case 15 -> {
        if (is(name, UpstreamRequestHead.FORWARDED_FOR)) {
          forwardedFor = value;
        }
      }
      case 16, 18, 19 -> {
        if (is(name, HttpHeaderNames.PROXY_CONNECTION) || is(name, HttpHeaderNames.PROXY_AUTHENTICATE)
            || is(name, HttpHeaderNames.PROXY_AUTHORIZATION)) {
          otherHopByHop();
        }
      }
      default -> { }
    }
  }

  private void otherHopByHop() {
    hopByHop = true;
    hopByHopBesidesConnection = true;
  }

  private void noteConnection(CharSequence value) {
    hopByHop = true;
    if (AsciiString.contentEqualsIgnoreCase(value, HttpHeaderValues.CLOSE)) {
      connectionClose = true;
    } else if (AsciiString.contentEqualsIgnoreCase(value, HttpHeaderValues.KEEP_ALIVE)) {
      connectionKeepAlive = true;
    } else {
      hopByHopBesidesConnection = true;
      String tokens = value.toString().toLowerCase(java.util.Locale.ROOT);
      connectionClose |= tokens.contains("close");
      connectionKeepAlive |= tokens.contains("keep-alive");
    }
  }

  private static boolean is(CharSequence name, AsciiString known) {
    return AsciiString.contentEqualsIgnoreCase(name, known);
  }

  /**
   * The only connection-scoped header is a plain {@code Connection: keep-alive} or {@code close} (what upstreams
   * send on almost every response): removing that one header is all the stripping needed.
   */
  boolean onlyPlainConnection() {
    return hopByHop && !hopByHopBesidesConnection;
  }

  /** HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 only when asked to keep it. */
  boolean keepAlive() {
    return http10 ? connectionKeepAlive && !connectionClose : !connectionClose;
  }

  /** Content-Length and Transfer-Encoding together, several of either, or a coding other than chunked. */
  boolean ambiguousFraming() {
    return contentLengths > 1 || transferEncodings > 1 || transferEncodings == 1 && (contentLengths > 0 || !chunked);
  }

  boolean framed() {
    return contentLengths > 0 || transferEncodings > 0;
  }
}
