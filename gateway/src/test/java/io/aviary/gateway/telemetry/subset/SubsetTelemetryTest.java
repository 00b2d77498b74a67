package io.aviary.gateway.telemetry.subset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SubsetTelemetryTest {

  private static final SubsetKey CANARY = new SubsetKey("default", "next-service.default.svc.cluster.local", "v2");
  private static final SubsetKey PRIMARY = new SubsetKey("default", "next-service.default.svc.cluster.local", "v1");

  private final AtomicLong nanos = new AtomicLong(Duration.ofHours(1).toNanos());
  private final SubsetTelemetry telemetry = new SubsetTelemetry(nanos::get, Duration.ofSeconds(1), 60);

  @Test
  void countsRequestsByStatusClassWithinTheWindow() {
    SubsetSeries canary = telemetry.series(CANARY);
    canary.record(200, "-", 10);
    canary.record(204, "-", 10);
    canary.record(302, "-", 10);
    canary.record(404, "NR", 1);
    canary.record(500, "-", 10);
    canary.record(503, "UH", 0.1);
    canary.record(0, "DC", 3);
    telemetry.record(PRIMARY, 200, "-", 5);

    StatusCounts counts = telemetry.window(CANARY, Duration.ofSeconds(10)).counts();

    assertThat(counts).isEqualTo(new StatusCounts(1, 0, 2, 1, 1, 2, 1));
    assertThat(counts.requests()).isEqualTo(7);
    assertThat(counts.successRatePercent()).hasValueCloseTo(100.0 * 5 / 7, within(1e-9));
    assertThat(telemetry.window(PRIMARY, Duration.ofSeconds(10)).requests()).isEqualTo(1);
  }

  @Test
  void reportsPercentilesInMillisecondsWithinTwoSignificantDigits() {
    SubsetSeries canary = telemetry.series(CANARY);
    for (int millis = 1; millis <= 100; millis++) {
      canary.record(200, "-", millis);
    }

    Latencies latencies = canary.window(Duration.ofSeconds(5)).latencies();

    assertThat(latencies.count()).isEqualTo(100);
    assertThat(latencies.p50()).hasValueCloseTo(50.0, within(0.5));
    assertThat(latencies.p90()).hasValueCloseTo(90.0, within(0.9));
    assertThat(latencies.p99()).hasValueCloseTo(99.0, within(1.0));
    assertThat(latencies.countSlowerThan(80)).isBetween(19L, 21L);
  }

  @Test
  void keepsSubMillisecondLatencies() {
    SubsetSeries canary = telemetry.series(CANARY);
    canary.record(200, "-", 0.25);

    assertThat(canary.window(Duration.ofSeconds(1)).latencies().p50()).hasValueCloseTo(0.25, within(0.003));
  }

  @Test
  void windowCoversTheCurrentSecondAndTheWholeSecondsBeforeIt() {
    SubsetSeries canary = telemetry.series(CANARY);
    for (int second = 0; second < 10; second++) {
      canary.record(200, "-", 1);
      canary.record(500, "-", 1);
      advance(Duration.ofSeconds(1));
    }
    advance(Duration.ofMillis(-500));

    assertThat(canary.window(Duration.ofSeconds(3)).requests()).isEqualTo(6);
    assertThat(canary.window(Duration.ofMillis(2500)).counts().serverError()).isEqualTo(3);
    assertThat(canary.window(Duration.ofSeconds(60)).requests()).isEqualTo(20);
  }

  @Test
  void forgetsSecondsOlderThanTheWindow() {
    SubsetSeries canary = telemetry.series(CANARY);
    canary.record(500, "-", 1);
    advance(Duration.ofSeconds(30));
    canary.record(200, "-", 1);

    assertThat(canary.window(Duration.ofSeconds(31)).requests()).isEqualTo(2);
    assertThat(canary.window(Duration.ofSeconds(30)).requests()).isEqualTo(1);

    advance(Duration.ofSeconds(90));

    TrafficSummary quiet = canary.window(Duration.ofSeconds(60));
    assertThat(quiet.requests()).isZero();
    assertThat(quiet.latencies().p99()).isEmpty();
    assertThat(quiet.counts().successRatePercent()).isEmpty();
  }

  @Test
  void reusesARingSlotForALaterSecondWithoutMixingThem() {
    SubsetSeries canary = telemetry.series(CANARY);
    canary.record(500, "-", 900);
    canary.window(Duration.ofSeconds(1));
    advance(Duration.ofSeconds(60));
    canary.record(200, "-", 1);

    TrafficSummary window = canary.window(Duration.ofSeconds(1));

    assertThat(window.counts()).isEqualTo(new StatusCounts(0, 0, 1, 0, 0, 0, 0));
    assertThat(window.latencies().p99()).hasValueCloseTo(1.0, within(0.01));
  }

  @Test
  void returnsExactIncrementsPerTickWhateverTheSlotBoundaries() {
    SubsetSeries canary = telemetry.series(CANARY);
    canary.record(200, "-", 1);
    TickCursor cursor = canary.cursor();
    advance(Duration.ofMillis(300));
    canary.record(200, "-", 5);
    canary.record(500, "-", 700);

    TrafficSummary first = cursor.next();
    advance(Duration.ofMillis(1400));
    canary.record(503, "UF", 2);
    TrafficSummary second = cursor.next();
    TrafficSummary third = cursor.next();

    assertThat(first.requests()).isEqualTo(2);
    assertThat(first.counts().serverError()).isEqualTo(1);
    assertThat(first.latencies().countSlowerThan(500)).isEqualTo(1);
    assertThat(first.period()).isEqualTo(Duration.ofMillis(300));
    assertThat(second.counts()).isEqualTo(new StatusCounts(0, 0, 0, 0, 0, 1, 1));
    assertThat(second.latencies().countSlowerThan(500)).isZero();
    assertThat(third.requests()).isZero();
    assertThat(canary.totals().counts().requests()).isEqualTo(4);
  }

  @Test
  void rejectsWindowsLongerThanTheRetainedSlots() {
    SubsetSeries canary = telemetry.series(CANARY);

    assertThatThrownBy(() -> canary.window(Duration.ofSeconds(61)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window: PT1M1S")
        .hasMessageContaining("PT1M");
    assertThatThrownBy(() -> canary.window(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void returnsOneSeriesPerSubset() {
    assertThat(telemetry.series(CANARY)).isSameAs(telemetry.series(CANARY)).isNotSameAs(telemetry.series(PRIMARY));
    assertThat(telemetry.subsets()).containsExactlyInAnyOrder(CANARY, PRIMARY);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
