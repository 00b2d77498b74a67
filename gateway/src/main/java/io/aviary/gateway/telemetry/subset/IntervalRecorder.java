package io.aviary.gateway.telemetry.subset;

import java.util.function.Consumer;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * Double-buffered {@link Interval}s behind HdrHistogram's {@link WriterReaderPhaser}: writers are wait-free (two
 * atomic increments around their update), and a reader swaps the active interval out, waits only for writers already
 * inside it, and then reads it undisturbed. This is HdrHistogram's {@code Recorder} design, extended to the status
 * counters so counts and latencies of an interval always agree.
 */
final class IntervalRecorder {

  private final WriterReaderPhaser phaser = new WriterReaderPhaser();
  private volatile Interval active = new Interval();
  private Interval inactive = new Interval();

  /** Thread-safe, lock-free, allocation-free. */
  void record(Outcome outcome, boolean upstreamUnreached, long micros) {
    long ticket = phaser.writerCriticalSectionEnter();
    try {
      active.record(outcome, upstreamUnreached, micros);
    } finally {
      phaser.writerCriticalSectionExit(ticket);
    }
  }

  /**
   * Swaps the intervals, hands the finished one to {@code reader} and clears it. Callers serialise calls (one
   * reader at a time); writers are never blocked.
   */
  void drain(Consumer<Interval> reader) {
    phaser.readerLock();
    try {
      Interval finished = active;
      active = inactive;
      inactive = finished;
      phaser.flipPhase();
      reader.accept(finished);
      finished.reset();
    } finally {
      phaser.readerUnlock();
    }
  }
}
