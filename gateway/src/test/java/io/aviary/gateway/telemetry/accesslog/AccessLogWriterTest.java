package io.aviary.gateway.telemetry.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogWriterTest {

  @Test
  void writesEveryQueuedLineInOrderBeforeClosing() throws Exception {
    StringWriter sink = new StringWriter();
    AccessLogWriter writer = new AccessLogWriter(sink, 100, true);

    for (int i = 0; i < 50; i++) {
      assertThat(writer.log(Entries.proxied("id-" + i))).isTrue();
    }
    writer.close();

    assertThat(sink.toString().lines()).hasSize(50).allMatch(line -> line.startsWith("[2026-03-04T05:06:07.089Z]"));
    assertThat(sink.toString().lines().toList().get(49)).contains("\"id-49\"");
    assertThat(writer.dropped()).isZero();
  }

  @Test
  void dropsAndCountsEntriesInsteadOfBlockingWhenTheSinkFallsBehind() throws Exception {
    BlockingWriter sink = new BlockingWriter();
    AccessLogWriter writer = new AccessLogWriter(sink, 2, true);

    writer.log(Entries.proxied("first"));
    sink.writing.await();
    boolean second = writer.log(Entries.proxied("second"));
    boolean third = writer.log(Entries.proxied("third"));
    boolean fourth = writer.log(Entries.proxied("fourth"));
    sink.release.countDown();
    writer.close();

    assertThat(new boolean[] {second, third, fourth}).containsExactly(true, true, false);
    assertThat(writer.dropped()).isEqualTo(1);
    assertThat(sink.text.toString().lines()).hasSize(3).noneMatch(line -> line.contains("fourth"));
  }

  @Test
  void dropsEntriesLoggedAfterClose() throws Exception {
    AccessLogWriter writer = new AccessLogWriter(new StringWriter(), 10, true);
    writer.close();

    assertThat(writer.log(Entries.noRoute())).isFalse();
    assertThat(writer.dropped()).isEqualTo(1);
    writer.close();
  }

  @Test
  void appendsToAFile(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("access.log");
    Files.writeString(file, "earlier\n");
    AccessLogWriter writer = AccessLogWriter.toFile(file, 10);

    writer.log(Entries.noRoute());
    writer.close();

    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .hasSize(2)
        .first()
        .isEqualTo("earlier");
  }

  /** A sink that blocks its first write until released, standing in for a stalled disk. */
  private static final class BlockingWriter extends Writer {
    final CountDownLatch writing = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      writing.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
