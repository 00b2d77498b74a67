package io.aviary.embedded.driver;

import io.aviary.controller.observe.Command;
import io.aviary.controller.status.Phase;
import io.aviary.embedded.state.CanaryRecord;
import org.jspecify.annotations.Nullable;

/** Which commands end a tick by themselves, so running a tick for them at once cannot advance the analysis. */
final class ImmediateCommands {

  private ImmediateCommands() {}

  static boolean takeEffectAtOnce(Command command, @Nullable CanaryRecord record) {
    if (record == null) {
      return false;
    }
    Phase phase = record.status().phase();
    return switch (command) {
      case PROMOTE -> phase.isAnalysing();
      case ROLLBACK -> phase.isAnalysing() || phase == Phase.PROMOTING;
      case PAUSE -> !record.status().paused();
      case RESUME -> false;
    };
  }
}
