package io.aviary.gateway.proxy.h1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits an upstream connection's bytes into responses: a {@link ResponseHead}, then the body, then the end.
 * A relayed response's body comes out as {@link RelayedBytes} with the upstream's framing kept (chunk sizes
 * and trailers included, so a chunked body is parsed only to find its end); any other body comes out as Netty
 * {@link io.netty.handler.codec.http.HttpContent}, de-framed, ending with a {@link LastHttpContent}. After a
 * 101 the rest is passed on as raw bytes until the proxy removes this decoder. A malformed response fails the
 * connection: the decoder throws, and the connection's handler closes it.
 */
public final class UpstreamResponseDecoder extends ByteToMessageDecoder {

  private enum State { HEAD, LENGTH, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, UPGRADED, BROKEN }

  private static final int MAX_CHUNK_SIZE_LINE = 4096;

  private final int maxHeadBytes;
  private State state = State.HEAD;
  private boolean toHeadRequest;
  private boolean relayIfPlain;
  private boolean relaying;
  private long remaining;
  private int searched;
  private int trailerBytes;
  private @Nullable HttpHeaders trailers;

  /** @param maxHeadBytes the largest response head, or trailer section, accepted */
  public UpstreamResponseDecoder(int maxHeadBytes) {
    this.maxHeadBytes = maxHeadBytes;
  }

  /**
   * Told before each request goes out: whether it is a {@code HEAD} (its response has no body whatever its
   * headers say), and whether the exchange can take the response relayed as bytes when it is plain.
   */
  public void expectResponse(boolean toHeadRequest, boolean relayIfPlain) {
    this.toHeadRequest = toHeadRequest;
    this.relayIfPlain = relayIfPlain;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    try {
      switch (state) {
        case HEAD -> head(in, out);
        case LENGTH -> length(in, out);
        case UNTIL_CLOSE -> out.add(new DefaultHttpContent(in.readRetainedSlice(in.readableBytes())));
        case UPGRADED -> out.add(in.readRetainedSlice(in.readableBytes()));
        case BROKEN -> in.skipBytes(in.readableBytes());
        case CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS -> chunked(in, out);
      }
    } catch (CorruptedFrameException e) {
      state = State.BROKEN;
      in.skipBytes(in.readableBytes());
      throw e;
    }
  }

  /** A body delimited by the connection's end ends now. */
  @Override
  protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
    super.decodeLast(ctx, in, out);
    if (state == State.UNTIL_CLOSE) {
      state = State.HEAD;
      out.add(LastHttpContent.EMPTY_LAST_CONTENT);
    }
  }

  private void head(ByteBuf in, List<Object> out) {
    if (searched == 0) {
      // RFC 9112 §2.2: empty lines before a status line are ignored.
      while (in.isReadable() && (in.getByte(in.readerIndex()) == '\r' || in.getByte(in.readerIndex()) == '\n')) {
        in.skipBytes(1);
      }
    }
    int end = headEnd(in);
    if (end < 0) {
      searched = in.readableBytes();
      if (searched > maxHeadBytes) {
        throw tooLong("response head");
      }
      return;
    }
    if (end - in.readerIndex() > maxHeadBytes) {
      throw tooLong("response head");
    }
    searched = 0;
    byte[] bytes = new byte[end - in.readerIndex()];
    in.readBytes(bytes);
    ResponseHead head = ResponseHead.parse(bytes, toHeadRequest, relayIfPlain);
    relaying = head.relayed();
    out.add(head);
    switch (head.framing()) {
      case NONE -> {
        if (!head.informational()) {
          out.add(relaying ? RelayedBytes.end() : LastHttpContent.EMPTY_LAST_CONTENT);
        }
      }
      case UPGRADE -> {
        out.add(LastHttpContent.EMPTY_LAST_CONTENT);
        state = State.UPGRADED;
      }
      case LENGTH -> {
        remaining = head.contentLength();
        state = State.LENGTH;
      }
      case CHUNKED -> state = State.CHUNK_SIZE;
      case UNTIL_CLOSE -> state = State.UNTIL_CLOSE;
    }
  }

  /** The index just past the empty line that ends the head, or -1 when it has not all arrived. */
  private int headEnd(ByteBuf in) {
    int start = in.readerIndex();
    int from = start + Math.max(0, searched - 2);
    while (true) {
      int lf = in.indexOf(from, in.writerIndex(), (byte) '\n');
      if (lf < 0) {
        return -1;
      }
      byte before = lf > start ? in.getByte(lf - 1) : 0;
      if (before == '\n' || before == '\r' && lf - 2 >= start && in.getByte(lf - 2) == '\n') {
        return lf + 1;
      }
      from = lf + 1;
    }
  }

  private void length(ByteBuf in, List<Object> out) {
    int n = (int) Math.min(in.readableBytes(), remaining);
    remaining -= n;
    boolean last = remaining == 0;
    ByteBuf piece = in.readRetainedSlice(n);
    if (last) {
      state = State.HEAD;
    }
    if (relaying) {
      out.add(new RelayedBytes(piece, last));
    } else {
      out.add(last ? new DefaultLastHttpContent(piece) : new DefaultHttpContent(piece));
    }
  }

  /**
   * Walks chunk sizes, data and trailers as far as the bytes go. Relaying, everything walked goes out as one
   * piece of wire bytes; otherwise each chunk's data goes out on its own and the trailers with the end.
   */
  private void chunked(ByteBuf in, List<Object> out) {
    int relayFrom = in.readerIndex();
    boolean ended = false;
    walk:
    while (true) {
      switch (state) {
        case CHUNK_SIZE -> {
          int lf = lineEnd(in, MAX_CHUNK_SIZE_LINE, "chunk size line");
          if (lf < 0) {
            break walk;
          }
          long size = chunkSize(in, in.readerIndex(), lf);
          in.readerIndex(lf + 1);
          remaining = size;
          state = size == 0 ? State.TRAILERS : State.CHUNK_DATA;
        }
        case CHUNK_DATA -> {
          if (!in.isReadable()) {
            break walk;
          }
          int n = (int) Math.min(in.readableBytes(), remaining);
          if (relaying) {
            in.skipBytes(n);
          } else {
            out.add(new DefaultHttpContent(in.readRetainedSlice(n)));
          }
          remaining -= n;
          if (remaining == 0) {
            state = State.CHUNK_END;
          }
        }
        case CHUNK_END -> {
          if (in.readableBytes() < 2) {
            break walk;
          }
          if (in.getByte(in.readerIndex()) != '\r' || in.getByte(in.readerIndex() + 1) != '\n') {
            throw malformed("chunk data not followed by CRLF");
          }
          in.skipBytes(2);
          state = State.CHUNK_SIZE;
        }
        case TRAILERS -> {
          int lf = lineEnd(in, maxHeadBytes - trailerBytes, "trailer section");
          if (lf < 0) {
            break walk;
          }
          int start = in.readerIndex();
          int end = lf > start && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
          trailerBytes += lf + 1 - start;
          in.readerIndex(lf + 1);
          if (end == start) {
            ended = true;
            endChunked(out);
            break walk;
          }
          trailer(in, start, end);
        }
        default -> throw new IllegalStateException("not in a chunked body: " + state);
      }
    }
    int walked = in.readerIndex() - relayFrom;
    if (relaying && walked > 0) {
      out.add(new RelayedBytes(in.retainedSlice(relayFrom, walked), ended));
    }
  }

  private void endChunked(List<Object> out) {
    state = State.HEAD;
    trailerBytes = 0;
    HttpHeaders received = trailers;
    trailers = null;
    if (!relaying) {
      out.add(received == null ? LastHttpContent.EMPTY_LAST_CONTENT
          : new DefaultLastHttpContent(Unpooled.EMPTY_BUFFER, received));
    }
  }

  /** The index of the LF ending the line at the reader index, or -1 while it is incomplete. */
  private static int lineEnd(ByteBuf in, int maxLength, String what) {
    int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
    if (lf < 0 ? in.readableBytes() > maxLength : lf - in.readerIndex() > maxLength) {
      throw tooLong(what);
    }
    return lf;
  }

  /** {@code 1a2b} then optional extensions ({@code ;name=value}), which are relayed but not interpreted. */
  private static long chunkSize(ByteBuf in, int start, int lf) {
    int end = lf > start && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
    long size = 0;
    int i = start;
    for (; i < end; i++) {
      int digit = Character.digit(in.getByte(i), 16);
      if (digit < 0) {
        break;
      }
      if (i - start == 15) {
        throw malformed("chunk size too large");
      }
      size = size * 16 + digit;
    }
    if (i == start) {
      throw malformed("invalid chunk size");
    }
    for (; i < end; i++) {
      byte b = in.getByte(i);
      if (b == ';') {
        checkExtension(in, i, end);
        return size;
      }
      if (b != ' ' && b != '\t') {
        throw malformed("invalid chunk size");
      }
    }
    return size;
  }

  private static void checkExtension(ByteBuf in, int from, int end) {
    for (int i = from; i < end; i++) {
      byte b = in.getByte(i);
      if (FieldSyntax.control(b) && b != '\t') {
        throw malformed("control character in a chunk extension");
      }
    }
  }

  /** A trailer line, checked like a header, and kept for a de-framed body (relayed bodies carry theirs). */
  private void trailer(ByteBuf in, int start, int end) {
    byte[] line = new byte[end - start];
    in.getBytes(start, line);
    int colon = FieldSyntax.colon(line, 0, line.length);
    int valueStart = FieldSyntax.skipSpace(line, colon + 1, line.length);
    int valueEnd = FieldSyntax.trimSpace(line, valueStart, line.length);
    FieldSyntax.checkValue(line, valueStart, valueEnd);
    if (relaying) {
      return;
    }
    HttpHeaders kept = trailers;
    if (kept == null) {
      kept = DefaultHttpHeadersFactory.trailersFactory().withValidation(false).newHeaders();
      trailers = kept;
    }
    kept.add(new AsciiString(line, 0, colon, false), new AsciiString(line, valueStart, valueEnd - valueStart, false));
  }

  private static CorruptedFrameException malformed(String why) {
    return FieldSyntax.malformed(why);
  }

  private static CorruptedFrameException tooLong(String what) {
    return new CorruptedFrameException(new TooLongFrameException("upstream response: " + what + " too large"));
  }
}
