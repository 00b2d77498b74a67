package io.aviary.gateway.proxy.h1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An upstream response head as it came off the wire: its bytes, where each header sits in them, and what the
 * proxy decides by (status, framing, whether the connection stays open). Parsing is strict where leniency would
 * let an upstream split or smuggle responses: no obs-fold, no controls in values, one Content-Length value,
 * never Content-Length with Transfer-Encoding (RFC 9112 §6.3 says to treat that as an error).
 *
 * <p>A <em>relayed</em> head goes to the client as its own bytes minus the connection-scoped lines, and its body
 * as the upstream framed it. That is the common case, and it spares building and re-encoding a header map. Any
 * other head becomes a Netty {@link HttpResponse} for the proxy to edit.
 */
public final class ResponseHead {

  /** How the body after this head is delimited (RFC 9112 §6.3). */
  public enum Framing { NONE, LENGTH, CHUNKED, UNTIL_CLOSE, UPGRADE }

  private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] CONNECTION_CLOSE = "connection: close\r\n".getBytes(StandardCharsets.US_ASCII);

  private final byte[] bytes;
  private final boolean http11;
  private final int status;
  private final int statusLineEnd;
  /** Per header: name start, name end, value start, value end (trailing whitespace trimmed). */
  private final int[] fields;
  private final int count;
  /** Per header, whether it is connection-scoped and left out of a relayed head; null when none is. */
  private final boolean @Nullable [] connectionScoped;
  private final Framing framing;
  private final long contentLength;
  private final boolean keepAlive;
  private final boolean connectionListsOthers;
  private final boolean relayed;

  private ResponseHead(Parser parsed, boolean relayIfPlain) {
    this.bytes = parsed.bytes;
    this.http11 = parsed.http11;
    this.status = parsed.status;
    this.statusLineEnd = parsed.statusLineEnd;
    this.fields = parsed.fields;
    this.count = parsed.count;
    this.connectionScoped = parsed.connectionScoped;
    this.framing = parsed.framing;
    this.contentLength = parsed.contentLength;
    this.keepAlive = parsed.keepAlive();
    this.connectionListsOthers = parsed.connectionListsOthers;
    this.relayed = relayIfPlain && plain();
  }

  /**
   * @param bytes the head, from the status line to the empty line that ends it (inclusive)
   * @param toHeadRequest the request was {@code HEAD}: whatever the headers say, no body follows
   * @param relayIfPlain the exchange can relay this head as bytes when nothing about it needs the full model
   * @throws CorruptedFrameException when the head is malformed or its framing is ambiguous
   */
  static ResponseHead parse(byte[] bytes, boolean toHeadRequest, boolean relayIfPlain) {
    return new ResponseHead(new Parser(bytes, toHeadRequest).parse(), relayIfPlain);
  }

  /**
   * Nothing about this head needs editing beyond dropping connection-scoped lines: HTTP/1.1, a final status
   * other than 101, a body that ends by its framing, and a {@code Connection} header naming no other header.
   */
  private boolean plain() {
    return http11 && status >= 200 && status != 101 && framing != Framing.UNTIL_CLOSE && !connectionListsOthers;
  }

  public int status() {
    return status;
  }

  public Framing framing() {
    return framing;
  }

  long contentLength() {
    return contentLength;
  }

  /** The upstream connection can carry another request after this response. */
  public boolean keepAlive() {
    return keepAlive && framing != Framing.UNTIL_CLOSE;
  }

  /** Whether this head, and its body, are relayed as bytes ({@link RelayedBytes}) rather than as Netty objects. */
  public boolean relayed() {
    return relayed;
  }

  /** An informational response (1xx other than 101), which the proxy drops. */
  public boolean informational() {
    return status < 200 && status != 101;
  }

  /** The head to relay to an HTTP/1.1 client: the upstream's lines without the connection-scoped ones. */
  public RelayedBytes relay(ByteBufAllocator alloc, boolean closeClient) {
    ByteBuf out = alloc.directBuffer(bytes.length + CONNECTION_CLOSE.length);
    out.writeBytes(bytes, 0, statusLineEnd).writeBytes(CRLF);
    for (int i = 0; i < count; i++) {
      if (!connectionScoped(i)) {
        int start = fields[4 * i];
        out.writeBytes(bytes, start, fields[4 * i + 3] - start).writeBytes(CRLF);
      }
    }
    if (closeClient) {
      out.writeBytes(CONNECTION_CLOSE);
    }
    out.writeBytes(CRLF);
    return new RelayedBytes(out, false);
  }

  private boolean connectionScoped(int field) {
    boolean[] scoped = connectionScoped;
    return scoped != null && field < scoped.length && scoped[field];
  }

  /** The head as a Netty response, for the proxy to edit before Netty encodes it. */
  public HttpResponse toHttpResponse() {
    HttpHeaders headers = HEADERS.newHeaders();
    for (int i = 0; i < count; i++) {
      int nameStart = fields[4 * i];
      int valueStart = fields[4 * i + 2];
      headers.add(new AsciiString(bytes, nameStart, fields[4 * i + 1] - nameStart, false),
          new AsciiString(bytes, valueStart, fields[4 * i + 3] - valueStart, false));
    }
    int reasonStart = Math.min(statusLineEnd, "HTTP/1.1 200 ".length());
    String reason = new String(bytes, reasonStart, statusLineEnd - reasonStart, StandardCharsets.ISO_8859_1);
    return new DefaultHttpResponse(http11 ? HttpVersion.HTTP_1_1 : HttpVersion.HTTP_1_0,
        HttpResponseStatus.valueOf(status, reason), headers);
  }

  /** One pass over the head's lines; throws on the first thing that makes it untrustworthy. */
  private static final class Parser {

    private final byte[] bytes;
    private final boolean toHeadRequest;
    boolean http11;
    int status;
    int statusLineEnd;
    int[] fields = new int[4 * 16];
    int count;
    boolean @Nullable [] connectionScoped;
    Framing framing = Framing.UNTIL_CLOSE;
    long contentLength = -1;
    private boolean transferEncoding;
    private boolean chunked;
    private boolean close;
    private boolean keepAliveAsked;
    boolean connectionListsOthers;

    Parser(byte[] bytes, boolean toHeadRequest) {
      this.bytes = bytes;
      this.toHeadRequest = toHeadRequest;
    }

    Parser parse() {
      int next = statusLine();
      while (true) {
        int lineEnd = indexOfLf(next);
        int end = lineEnd > next && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        if (end == next) {
          break;
        }
        field(next, end);
        next = lineEnd + 1;
      }
      framing = framing();
      return this;
    }

    boolean keepAlive() {
      return http11 ? !close : keepAliveAsked && !close;
    }

    private int statusLine() {
      int lineEnd = indexOfLf(0);
      int end = lineEnd > 0 && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      if (end < 12 || !startsWith("HTTP/1.") || (bytes[7] != '0' && bytes[7] != '1') || bytes[8] != ' '
          || !digit(bytes[9]) || !digit(bytes[10]) || !digit(bytes[11]) || end > 12 && bytes[12] != ' ') {
        throw malformed("malformed status line");
      }
      for (int i = 12; i < end; i++) {
        if (FieldSyntax.control(bytes[i])) {
          throw malformed("control character in the reason phrase");
        }
      }
      http11 = bytes[7] == '1';
      status = (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
      if (status < 100) {
        throw malformed("status code below 100");
      }
      statusLineEnd = end;
      return lineEnd + 1;
    }

    private void field(int start, int end) {
      int colon = FieldSyntax.colon(bytes, start, end);
      int valueStart = skipSpace(colon + 1, end);
      int valueEnd = trimSpace(valueStart, end);
      FieldSyntax.checkValue(bytes, valueStart, valueEnd);
      if (4 * count == fields.length) {
        fields = Arrays.copyOf(fields, fields.length * 2);
      }
      fields[4 * count] = start;
      fields[4 * count + 1] = colon;
      fields[4 * count + 2] = valueStart;
      fields[4 * count + 3] = valueEnd;
      note(start, colon, valueStart, valueEnd);
      count++;
    }

    /** Reads the headers the proxy decides by; the name's length picks the few candidates. */
    private void note(int name, int nameEnd, int value, int valueEnd) {
      switch (nameEnd - name) {
        case 14 -> {
          if (is(name, nameEnd, "content-length")) {
            contentLength(value, valueEnd);
          }
        }
        case 17 -> {
          if (is(name, nameEnd, "transfer-encoding")) {
            transferEncoding = true;
            chunked = endsWithChunked(value, valueEnd);
          }
        }
        case 10 -> {
          if (is(name, nameEnd, "connection")) {
            connectionScoped();
            connectionTokens(value, valueEnd);
          } else if (is(name, nameEnd, "keep-alive")) {
            connectionScoped();
          }
        }
        case 2 -> {
          if (is(name, nameEnd, "te") && !is(value, valueEnd, "trailers")) {
            connectionScoped();
          }
        }
        case 7 -> {
          if (is(name, nameEnd, "upgrade")) {
            connectionScoped();
          }
        }
        case 16, 18, 19 -> {
          if (is(name, nameEnd, "proxy-connection") || is(name, nameEnd, "proxy-authenticate")
              || is(name, nameEnd, "proxy-authorization")) {
            connectionScoped();
          }
        }
        default -> { }
      }
    }

    private void connectionScoped() {
      boolean[] scoped = connectionScoped;
      if (scoped == null || scoped.length <= count) {
        scoped = scoped == null ? new boolean[fields.length / 4] : Arrays.copyOf(scoped, fields.length / 4);
        connectionScoped = scoped;
      }
      scoped[count] = true;
    }

    private void connectionTokens(int value, int valueEnd) {
      int start = value;
      for (int i = value; i <= valueEnd; i++) {
        if (i == valueEnd || bytes[i] == ',') {
          int s = skipSpace(start, i);
          int e = trimSpace(s, i);
          if (is(s, e, "close")) {
            close = true;
          } else if (is(s, e, "keep-alive")) {
            keepAliveAsked = true;
          } else if (e > s) {
            connectionListsOthers = true;
          }
          start = i + 1;
        }
      }
    }

    /** {@code Content-Length: 42} or the list {@code 42, 42}; any other value, or a second value, is an error. */
    private void contentLength(int value, int valueEnd) {
      long parsed = -1;
      int start = value;
      for (int i = value; i <= valueEnd; i++) {
        if (i == valueEnd || bytes[i] == ',') {
          long element = number(start, i);
          if (parsed >= 0 && parsed != element) {
            throw malformed("conflicting Content-Length values");
          }
          parsed = element;
          start = i + 1;
        }
      }
      if (contentLength >= 0 && contentLength != parsed) {
        throw malformed("conflicting Content-Length values");
      }
      contentLength = parsed;
    }

    private long number(int start, int end) {
      int s = skipSpace(start, end);
      int e = trimSpace(s, end);
      if (s == e || e - s > 18) {
        throw malformed("invalid Content-Length");
      }
      long n = 0;
      for (int i = s; i < e; i++) {
        if (!digit(bytes[i])) {
          throw malformed("invalid Content-Length");
        }
        n = n * 10 + (bytes[i] - '0');
      }
      return n;
    }

    /** The final coding decides: only a chunked body ends by its framing (RFC 9112 §6.3). */
    private boolean endsWithChunked(int value, int valueEnd) {
      int start = valueEnd;
      while (start > value && bytes[start - 1] != ',') {
        start--;
      }
      start = skipSpace(start, valueEnd);
      return is(start, valueEnd, "chunked");
    }

    private Framing framing() {
      if (status == 101) {
        return Framing.UPGRADE;
      }
      if (toHeadRequest || status < 200 || status == 204 || status == 304) {
        return Framing.NONE;
      }
      if (transferEncoding) {
        if (contentLength >= 0) {
          throw malformed("both Transfer-Encoding and Content-Length");
        }
        return chunked ? Framing.CHUNKED : Framing.UNTIL_CLOSE;
      }
      if (contentLength == 0) {
        return Framing.NONE;
      }
      return contentLength > 0 ? Framing.LENGTH : Framing.UNTIL_CLOSE;
    }

    private int skipSpace(int start, int end) {
      return FieldSyntax.skipSpace(bytes, start, end);
    }

    private int trimSpace(int start, int end) {
      return FieldSyntax.trimSpace(bytes, start, end);
    }

    private int indexOfLf(int from) {
      for (int i = from; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          return i;
        }
      }
      throw malformed("head without an end");
    }

    /** Case-sensitive, as HTTP-version is (RFC 9112 §2.3). */
    private boolean startsWith(String prefix) {
      for (int i = 0; i < prefix.length(); i++) {
        if (i >= bytes.length || bytes[i] != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Whether {@code [start, end)} is {@code lowerCase}, ignoring the case of ASCII letters. */
    private boolean is(int start, int end, String lowerCase) {
      if (end - start != lowerCase.length()) {
        return false;
      }
      for (int i = 0; i < lowerCase.length(); i++) {
        int b = bytes[start + i];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != lowerCase.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private static boolean digit(byte b) {
      return b >= '0' && b <= '9';
    }

    private static CorruptedFrameException malformed(String why) {
      return FieldSyntax.malformed(why);
    }
  }
}
