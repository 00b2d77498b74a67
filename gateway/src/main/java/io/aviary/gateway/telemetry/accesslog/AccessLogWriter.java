package io.aviary.gateway.telemetry.accesslog;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes access log lines on its own thread so the event loop never formats, writes or waits: {@link #log} only
 * offers to a bounded queue, and when the queue is full (the sink is slower than the traffic) the entry is dropped
 * and counted in {@link #dropped()}, the way Envoy's buffered file sink sheds load instead of stalling requests.
 *
 * <p>Thread-safe: any number of threads may log. Lines are flushed whenever the queue runs empty. {@link #close()}
 * writes what was queued, flushes, and stops the thread; entries logged after that are dropped.
 */
public final class AccessLogWriter implements AutoCloseable {

  /** Marks the end of the queue; compared by identity. */
  private static final AccessLogEntry STOP = new AccessLogEntry(
      Instant.EPOCH, "", "", "", 0, "", null, null, null, 0, 0, 0, null, null, null, null, null, null, null, null,
      null, null, null, null);

  private final BlockingQueue<AccessLogEntry> queue;
  private final Writer sink;
  private final boolean closeSink;
  private final IstioTextFormat format = new IstioTextFormat();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final Thread thread;
  private final AtomicBoolean closing = new AtomicBoolean();

  /**
   * @param sink where lines go; the writer thread is its only user from now on
   * @param capacity how many entries may wait; beyond that, entries are dropped
   * @param closeSink whether {@link #close()} closes {@code sink} (not for standard output)
   */
  public AccessLogWriter(Writer sink, int capacity, boolean closeSink) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: " + capacity + " (expected: at least 1)");
    }
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.sink = sink;
    this.closeSink = closeSink;
    this.thread = Thread.ofPlatform().name("aviary-access-log").daemon().start(this::run);
  }

  /** Lines to standard output, as Istio's {@code accessLogFile: /dev/stdout}. */
  public static AccessLogWriter toStandardOutput(int capacity) {
    return new AccessLogWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), capacity, false);
  }

  /** Lines appended to {@code file}, created if missing. */
  public static AccessLogWriter toFile(Path file, int capacity) throws IOException {
    Writer writer = Files.newBufferedWriter(
        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return new AccessLogWriter(writer, capacity, true);
  }

  /** Queues one entry without blocking; returns false (and counts a drop) if the queue is full or closed. */
  public boolean log(AccessLogEntry entry) {
    if (closing.get() || !queue.offer(entry)) {
      dropped.increment();
      return false;
    }
    return true;
  }

  /** Entries dropped because the queue was full or the writer closed. */
  public long dropped() {
    return dropped.sum();
  }

  /** Lines (or flushes) the sink failed to take, I/O errors included; the writer keeps going. */
  public long failed() {
    return failed.sum();
  }

  /**
   * Writes what is queued, flushes, stops the writer thread and closes the sink if it owns it. Waits for the writer
   * thread; if the caller is interrupted meanwhile, it returns early with its interrupt flag set and the (daemon)
   * writer thread finishes on its own.
   */
  @Override
  public void close() {
    try {
      if (closing.compareAndSet(false, true)) {
        queue.put(STOP);
      }
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    List<AccessLogEntry> batch = new ArrayList<>();
    boolean stopping = false;
    while (!stopping) {
      batch.add(take());
      queue.drainTo(batch);
      for (AccessLogEntry entry : batch) {
        stopping |= entry == STOP;
        if (entry != STOP) {
          write(entry);
        }
      }
      batch.clear();
      flush();
    }
    finish();
  }

  private AccessLogEntry take() {
    while (true) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        // Only close() ends this thread: an interrupt from elsewhere is no reason to lose queued lines.
      }
    }
  }

  private void write(AccessLogEntry entry) {
    try {
      sink.write(format.format(entry));
    } catch (IOException | RuntimeException e) {
      failed.increment();
    }
  }

  private void flush() {
    try {
      sink.flush();
    } catch (IOException e) {
      failed.increment();
    }
  }

  private void finish() {
    if (!closeSink) {
      return;
    }
    try {
      sink.close();
    } catch (IOException e) {
      failed.increment();
    }
  }
}
