package io.aviary.store;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSourceSettingsTest {

  @Test
  void standardInputIsRefusedBecauseItCannotBeWatched() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FileSourceSettings.of(List.of("-"), TestResources.verdictValidator()))
        .withMessageContaining("paths: -");
  }

  @Test
  void noPathsAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FileSourceSettings.of(List.of(), TestResources.verdictValidator()))
        .withMessage("paths: [] (expected: at least one file or folder)");
  }

  @Test
  void aZeroQuietPeriodIsRefused() {
    FileSourceSettings settings = FileSourceSettings.of(List.of("a.yaml"), TestResources.verdictValidator());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> settings.withTiming(Duration.ZERO, Duration.ofSeconds(2)))
        .withMessage("quietPeriod: PT0S (expected: a positive duration)");
  }
}
