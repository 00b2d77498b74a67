package io.aviary.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.model.Resource;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.store.FileConfigSource.StartResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConfigSourceTest {

  private static final Duration LIVE_WITHIN = Duration.ofSeconds(1);
  private static final Duration GENEROUS = Duration.ofSeconds(5);

  @TempDir
  Path dir;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final InMemoryConfigStore store =
      new InMemoryConfigStore(CandidateValidator.of(TestResources.verdictValidator()), Clock.systemUTC());
  private final List<FileConfigSource> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeSources() {
    started.forEach(FileConfigSource::close);
  }

  @Test
  void loadsEveryFileOfAFolderAtStart() throws IOException {
    write("a.yaml", configMap("a"));
    write("nested/b.yml", configMap("b"));

    StartResult result = start(settings(dir));

    assertThat(result).isInstanceOfSatisfying(StartResult.Started.class,
        started -> assertThat(names(started.snapshot().resources())).containsExactlyInAnyOrder("a", "b"));
    assertThat(store.current().version()).isEqualTo(1);
  }

  @Test
  void startFailsWithTheReadErrorsOfMalformedYamlAndLeavesTheStoreAlone() throws IOException {
    write("good.yaml", configMap("good"));
    write("broken.yaml", "kind: ConfigMap\nmetadata: [unclosed\n");

    StartResult result = start(settings(dir));

    assertThat(result).isInstanceOfSatisfying(StartResult.Failed.class, failed ->
        assertThat(failed.rejection().problems()).singleElement().asString().contains("broken.yaml"));
    assertThat(store.current().version()).isZero();
    assertThat(store.lastRejection()).isPresent();
  }

  @Test
  void startFailsWithTheFindingsWhenValidationFindsErrors() throws IOException {
    write("bad.yaml", configMap("bad", "verdict: error"));

    StartResult result = start(settings(dir));

    assertThat(result).isInstanceOfSatisfying(StartResult.Failed.class, failed ->
        assertThat(failed.rejection().findings()).singleElement()
            .satisfies(finding -> assertThat(finding.code()).isEqualTo(VerdictLabelAnalyzer.CODE)));
  }

  @Test
  void aModifiedFileIsLiveWithinOneSecond() throws IOException {
    Path file = write("a.yaml", configMap("a"));
    startOrFail(settings(dir));

    Files.writeString(file, configMap("a", "edited: v2"));

    await().atMost(LIVE_WITHIN).until(() -> label("a", "edited").equals(Optional.of("v2")));
    assertThat(store.current().version()).isGreaterThan(1);
  }

  @Test
  void aFileReplacedByAnAtomicRenameIsDetected() throws IOException {
    Path file = write("vs.yaml", configMap("a"));
    startOrFail(settings(file));
    Path temporary = write(".vs.yaml.tmp", configMap("a", "edited: by-rename"));

    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    await().atMost(LIVE_WITHIN).until(() -> label("a", "edited").equals(Optional.of("by-rename")));
  }

  @Test
  void aNewFileInAWatchedFolderIsDetected() throws IOException {
    write("a.yaml", configMap("a"));
    startOrFail(settings(dir));

    write("b.yaml", configMap("b"));

    await().atMost(LIVE_WITHIN).until(() -> names(store.current().resources()).contains("b"));
  }

  @Test
  void aNewFileInANewSubfolderIsDetected() throws IOException {
    write("a.yaml", configMap("a"));
    startOrFail(settings(dir));

    write("later/deeper/c.yaml", configMap("c"));

    await().atMost(GENEROUS).until(() -> names(store.current().resources()).contains("c"));
  }

  @Test
  void deletingAFileRemovesItsResources() throws IOException {
    write("a.yaml", configMap("a"));
    Path b = write("b.yaml", configMap("b"));
    startOrFail(settings(dir));

    Files.delete(b);

    await().atMost(LIVE_WITHIN).until(() -> names(store.current().resources()).equals(List.of("a")));
  }

  @Test
  void invalidYamlIsRejectedAndTheLastGoodSnapshotKeptUntilItIsFixed() throws IOException {
    Path file = write("a.yaml", configMap("a"));
    startOrFail(settings(dir));
    ConfigSnapshot good = store.current();

    Files.writeString(file, "kind: ConfigMap\nmetadata: [unclosed\n");

    await().atMost(GENEROUS).until(() -> store.lastRejection().isPresent());
    assertThat(store.current()).isSameAs(good);
    assertThat(store.lastRejection().orElseThrow().problems()).singleElement().asString().contains("a.yaml");
    assertThat(log).anySatisfy(line -> assertThat(line).contains("rejected").contains("keeping version 1"));

    Files.writeString(file, configMap("a", "fixed: v2"));

    await().atMost(GENEROUS).until(() -> label("a", "fixed").equals(Optional.of("v2")));
  }

  @Test
  void aRejectedReloadIsLoggedWithFileResourceAndField() throws IOException {
    Path file = write("a.yaml", configMap("a"));
    startOrFail(settings(dir));

    Files.writeString(file, configMap("a", "verdict: error"));

    await().atMost(GENEROUS).until(() -> store.lastRejection().isPresent());
    assertThat(log).anySatisfy(line -> assertThat(line)
        .contains(file + ":").contains("ConfigMap default/a").contains("verdict"));
  }

  @Test
  void theOverlayReappliesControllerStateAfterAReload() throws IOException {
    write("weights.yaml", configMap("weights"));
    Path other = write("other.yaml", configMap("other"));
    Overlay keepWeights = Overlay.keepFromStore(resource -> resource.name().equals("weights"));
    startOrFail(settings(dir).withOverlay(keepWeights));
    store.update(resources -> resources.with(TestResources.withAnnotationAndLabel(
        resources.get(id("weights")).orElseThrow(), "controller", "set")), "controller: weights");

    Files.writeString(other, configMap("other", "edited: v2"));

    await().atMost(GENEROUS).until(() -> label("other", "edited").equals(Optional.of("v2")));
    assertThat(label("weights", "controller")).contains("set");
  }

  @Test
  void theChecksumPollFindsChangesWhenFileEventsAreNotActedOn() throws IOException {
    Path file = write("a.yaml", configMap("a"));
    Duration neverQuiet = Duration.ofHours(1);
    startOrFail(settings(dir).withTiming(neverQuiet, Duration.ofMillis(100)));

    Files.writeString(file, configMap("a", "edited: v2"));

    await().atMost(GENEROUS).until(() -> label("a", "edited").equals(Optional.of("v2")));
    assertThat(log).anySatisfy(line -> assertThat(line).contains("live as version 2"));
  }

  @Test
  void rewritingAFileWithTheSameBytesPublishesNothing() throws IOException {
    Path file = write("a.yaml", configMap("a"));
    startOrFail(settings(dir).withTiming(Duration.ofMillis(20), Duration.ofMillis(50)));

    Files.writeString(file, configMap("a"));

    await().during(Duration.ofMillis(300)).atMost(GENEROUS).until(() -> store.current().version() == 1);
  }

  @Test
  void anExplicitReloadPublishesEvenUnchangedFiles() throws IOException {
    write("a.yaml", configMap("a"));
    FileConfigSource source = startOrFail(settings(dir));

    ApplyResult result = source.reload();

    assertThat(result).isInstanceOfSatisfying(ApplyResult.Applied.class,
        applied -> assertThat(applied.snapshot().source()).endsWith("reload requested"));
  }

  @Test
  void aClosedSourceNoLongerReloads() throws IOException {
    Path file = write("a.yaml", configMap("a"));
    FileConfigSource source = startOrFail(settings(dir).withTiming(Duration.ofMillis(20), Duration.ofMillis(50)));

    source.close();
    Files.writeString(file, configMap("a", "edited: v2"));

    await().during(Duration.ofMillis(500)).atMost(GENEROUS).until(() -> store.current().version() == 1);
  }

  private FileSourceSettings settings(Path path) {
    return FileSourceSettings.of(List.of(path.toString()), TestResources.verdictValidator()).withLog(log::add);
  }

  private StartResult start(FileSourceSettings settings) {
    StartResult result = FileConfigSource.start(store, settings);
    if (result instanceof StartResult.Started running) {
      started.add(running.source());
    }
    return result;
  }

  private FileConfigSource startOrFail(FileSourceSettings settings) {
    StartResult result = start(settings);
    assertThat(result).as("start-up, log: %s", log).isInstanceOf(StartResult.Started.class);
    return ((StartResult.Started) result).source();
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private Optional<String> label(String name, String key) {
    return store.current().resources().get(id(name))
        .map(resource -> resource.metadata().labels().get(key));
  }

  private static ResourceId id(String name) {
    return new ResourceId("ConfigMap", "default", name);
  }

  private static List<String> names(ResourceSet resources) {
    return resources.all().stream().map(Resource::name).toList();
  }

  /** A ConfigMap manifest; {@code labels} are {@code key: value} lines. */
  private static String configMap(String name, String... labels) {
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n");
    if (labels.length > 0) {
      yaml.append("  labels:\n");
      for (String label : labels) {
        yaml.append("    ").append(label).append('\n');
      }
    }
    return yaml.toString();
  }
}
