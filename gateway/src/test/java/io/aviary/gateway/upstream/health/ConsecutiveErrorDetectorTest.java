package io.aviary.gateway.upstream.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.upstream.policy.OutlierSettings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsecutiveErrorDetectorTest {

  static final long SECOND = 1_000_000_000L;

  final AtomicLong clock = new AtomicLong();

  static OutlierSettings.Enabled settings(int fiveXx, int gateway, int maxEjectionPercent) {
    return new OutlierSettings.Enabled(fiveXx, gateway, Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(300), maxEjectionPercent, 0);
  }

  OutlierDetector detector(OutlierSettings settings, int endpoints) {
    return OutlierDetector.create(settings, endpoints, clock::get);
  }

  void at(long seconds, OutlierDetector detector) {
    clock.set(seconds * SECOND);
    detector.review();
  }

  static void respond(OutlierDetector detector, int endpoint, int status, int times) {
    for (int i = 0; i < times; i++) {
      detector.onResponse(endpoint, status);
    }
  }

  @Test
  void ejectsAfterConsecutive5xxErrorsAndNotBefore() {
    OutlierDetector detector = detector(settings(5, 0, 100), 4);

    respond(detector, 0, 500, 4);
    assertThat(detector.isEjected(0)).isFalse();
    detector.onResponse(0, 503);

    assertThat(detector.isEjected(0)).isTrue();
    assertThat(detector.ejectedCount()).isEqualTo(1);
  }

  @Test
  void aSuccessInBetweenResetsTheCount() {
    OutlierDetector detector = detector(settings(5, 0, 100), 4);

    respond(detector, 0, 500, 4);
    detector.onResponse(0, 200);
    respond(detector, 0, 500, 4);

    assertThat(detector.isEjected(0)).isFalse();
  }

  @Test
  void readmitsAtTheFirstReviewAfterBaseEjectionTime() {
    OutlierDetector detector = detector(settings(5, 0, 100), 4);
    respond(detector, 1, 500, 5);

    at(29, detector);
    assertThat(detector.isEjected(1)).isTrue();
    at(30, detector);

    assertThat(detector.isEjected(1)).isFalse();
    assertThat(detector.ejectedCount()).isZero();
  }

  @Test
  void repeatedEjectionLastsBaseTimesTheNumberOfEjections() {
    OutlierDetector detector = detector(settings(5, 0, 100), 4);
    respond(detector, 1, 500, 5);
    at(30, detector);

    respond(detector, 1, 500, 5);
    at(80, detector);
    assertThat(detector.isEjected(1)).isTrue();
    at(90, detector);

    assertThat(detector.isEjected(1)).isFalse();
  }

  @Test
  void multiplierDecaysWhileTheEndpointStaysHealthy() {
    OutlierDetector detector = detector(settings(5, 0, 100), 4);
    respond(detector, 1, 500, 5);
    at(30, detector);
    at(60, detector);

    respond(detector, 1, 500, 5);
    at(90, detector);

    assertThat(detector.isEjected(1)).isFalse();
  }

  @Test
  void maxEjectionPercentCapsHowManyAreEjected() {
    OutlierDetector detector = detector(settings(1, 0, 20), 10);

    for (int endpoint = 0; endpoint < 10; endpoint++) {
      detector.onResponse(endpoint, 500);
    }

    assertThat(detector.ejectedCount()).isEqualTo(2);
  }

  @Test
  void oneEndpointMayAlwaysBeEjectedWhateverThePercent() {
    OutlierDetector detector = detector(settings(1, 0, 10), 2);

    detector.onResponse(0, 500);
    detector.onResponse(1, 500);

    assertThat(detector.ejectedCount()).isEqualTo(1);
  }

  @Test
  void gatewayErrorsVariantCountsOnly502To504() {
    OutlierDetector detector = detector(settings(0, 3, 100), 4);

    respond(detector, 0, 500, 10);
    assertThat(detector.isEjected(0)).isFalse();
    detector.onResponse(0, 502);
    detector.onResponse(0, 504);
    detector.onConnectFailure(0);

    assertThat(detector.isEjected(0)).isTrue();
  }

  @Test
  void aNonGateway5xxResetsTheGatewayCount() {
    OutlierDetector detector = detector(settings(0, 3, 100), 4);

    respond(detector, 0, 503, 2);
    detector.onResponse(0, 500);
    respond(detector, 0, 503, 2);

    assertThat(detector.isEjected(0)).isFalse();
  }

  @Test
  void withoutOutlierDetectionNothingIsEjected() {
    OutlierDetector detector = detector(new OutlierSettings.Disabled(), 2);

    respond(detector, 0, 503, 100);

    assertThat(detector.isEjected(0)).isFalse();
  }
}
