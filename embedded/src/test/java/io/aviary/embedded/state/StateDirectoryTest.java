package io.aviary.embedded.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aviary.controller.action.Action.SetWeights;
import io.aviary.controller.spec.SessionAffinity;
import io.aviary.controller.spec.SubsetRouting;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.Phase;
import io.aviary.controller.status.Verdict;
import io.aviary.embedded.traffic.TrafficIntent.ManualWeights;
import io.aviary.model.ResourceId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {

  private static final ResourceId CANARY = new ResourceId("Canary", "default", "next");

  @TempDir Path folder;

  @Test
  void readsBackACanaryRecordExactlyAsSaved() {
    Instant at = Instant.parse("2026-11-26T10:00:00Z");
    CanaryStatus status = CanaryStatus.initial("v1", "v2", at)
        .inPhase(Phase.PROGRESSING, at.plusSeconds(5))
        .withRun(CanaryStatus.initial("v1", "v2", at).run().failedCheck().iterated(at.plusSeconds(5)))
        .withEvent(new CanaryEvent(at, Phase.PROGRESSING, CanaryEvent.Severity.WARNING, "Held", "no data",
            List.of(new CheckRecord("request-success-rate", 97.5, 99.0, null, Verdict.FAIL, "below"))));
    SetWeights routing = new SetWeights("v1", "v2", 20, List.of(Map.of("headers", Map.of("x-canary",
        Map.of("exact", "1")))), 0, new SessionAffinity("c", Duration.ofMinutes(5)));
    CanaryRecord record = new CanaryRecord(CANARY, new SubsetRouting("vs", List.of("primary"), "dr", "v1", "v2"),
        status, routing, "v2{version=v2}");
    StateDirectory state = new StateDirectory(folder);

    state.save(record);

    assertThat(new StateDirectory(folder).canaries()).containsExactly(record);
  }

  @Test
  void keepsManualWeightsUntilRemoved() {
    ManualWeights weights = new ManualWeights(new ResourceId("VirtualService", "default", "next"), List.of(),
        Map.of("v1", 80, "v2", 20));
    StateDirectory state = new StateDirectory(folder);

    state.save(weights);
    assertThat(state.manualWeights()).containsExactly(weights);

    state.removeWeights(weights.virtualService());
    assertThat(state.manualWeights()).isEmpty();
  }

  @Test
  void leavesNoTemporaryFileBehind() throws Exception {
    new StateDirectory(folder).save(new InstanceInfo(1, "127.0.0.1", 15000, "/tmp/t"));

    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("instance.json");
    }
  }

  @Test
  void namesTheFileThatCannotBeRead() throws Exception {
    Files.createDirectories(folder.resolve("canaries"));
    Files.writeString(folder.resolve("canaries/default.next.json"), "{not json");

    assertThatThrownBy(() -> new StateDirectory(folder).canaries())
        .isInstanceOf(StateException.class)
        .hasMessageContaining("default.next.json");
  }
}
