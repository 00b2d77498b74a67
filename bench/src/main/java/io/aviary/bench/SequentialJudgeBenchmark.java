package io.aviary.bench;

import io.aviary.analysis.JudgeConfig;
import io.aviary.analysis.JudgeResult;
import io.aviary.analysis.JudgeState;
import io.aviary.analysis.LatencyView;
import io.aviary.analysis.MetricReport;
import io.aviary.analysis.SequentialJudge;
import io.aviary.analysis.TickCounts;
import io.aviary.analysis.VersionCounts;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One tick of the sequential judge with its defaults (5xx, three latency quantiles, split check, p99 ladder) on
 * 1,000 requests at a 10% canary weight, and the same tick with every metric's explanation written, as the
 * controller does. {@code aviary simulate} runs millions of such ticks, so this is its budget per tick.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SequentialJudgeBenchmark {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final SequentialJudge judge = new SequentialJudge(JudgeConfig.defaults());
  private final TickCounts[] ticks = new TickCounts[64];
  private JudgeState state;
  private int next;

  @Setup
  public void simulate() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = tick(random, 1000, 10);
    }
    state = judge.start(START, tick(random, 1000, 0));
    for (int i = 1; i <= 20; i++) {
      state = judge.judge(state, ticks[i % ticks.length], START.plusSeconds(10L * i)).state();
    }
  }

  @Benchmark
  public JudgeResult judgeOneTick() {
    return judge.judge(state, ticks[next++ & 63], START.plusSeconds(1000));
  }

  @Benchmark
  public int judgeAndExplainOneTick() {
    JudgeResult result = judge.judge(state, ticks[next++ & 63], START.plusSeconds(1000));
    int length = 0;
    for (MetricReport report : result.verdict().metrics()) {
      length += report.describe().length();
    }
    return length;
  }

  private static TickCounts tick(SplittableRandom random, int requests, int canaryWeight) {
    int canary = 0;
    for (int i = 0; i < requests; i++) {
      canary += random.nextInt(100) < canaryWeight ? 1 : 0;
    }
    return new TickCounts(version(random, requests - canary), version(random, canary), canaryWeight);
  }

  private static VersionCounts version(SplittableRandom random, int requests) {
    double[] latencies = new double[requests];
    int errors = 0;
    for (int i = 0; i < requests; i++) {
      latencies[i] = 50 * Math.exp(0.5 * random.nextGaussian());
      errors += random.nextDouble() < 0.001 ? 1 : 0;
    }
    Arrays.sort(latencies);
    return new VersionCounts(requests, errors, new SortedLatencies(latencies));
  }

  /** Latencies sorted once, so an exceedance count is a binary search, as a histogram's would be cheap. */
  private record SortedLatencies(double[] sorted) implements LatencyView {

    @Override
    public long count() {
      return sorted.length;
    }

    @Override
    public long countSlowerThan(double thresholdMillis) {
      int index = Arrays.binarySearch(sorted, thresholdMillis);
      return sorted.length - (index >= 0 ? index + 1 : -index - 1);
    }

    @Override
    public OptionalDouble percentileMillis(double percentile) {
      return sorted.length == 0 ? OptionalDouble.empty()
          : OptionalDouble.of(sorted[(int) Math.max(0, Math.ceil(percentile / 100 * sorted.length) - 1)]);
    }
  }
}
