package io.aviary.embedded.state;

import io.aviary.embedded.traffic.TrafficIntent.ManualWeights;
import io.aviary.model.ResourceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state directory's layout: {@code canaries/NAMESPACE.NAME.json} per canary, {@code weights/NAMESPACE.NAME.json}
 * per VirtualService with weights set by hand, {@code instance.json} for the running instance, {@code admin-token}.
 */
public final class StateDirectory {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path root;

  public StateDirectory(Path root) {
    this.root = root.toAbsolutePath();
  }

  public Path root() {
    return root;
  }

  public Path tokenFile() {
    return root.resolve("admin-token");
  }

  public void save(CanaryRecord record) {
    write(canaryFile(record.canary()), record);
  }

  public List<CanaryRecord> canaries() {
    return readAll(root.resolve("canaries"), CanaryRecord.class);
  }

  public void save(ManualWeights weights) {
    write(weightsFile(weights.virtualService()), weights);
  }

  public void removeWeights(ResourceId virtualService) {
    delete(weightsFile(virtualService));
  }

  public List<ManualWeights> manualWeights() {
    return readAll(root.resolve("weights"), ManualWeights.class);
  }

  public void save(InstanceInfo instance) {
    write(root.resolve("instance.json"), instance);
  }

  public Optional<InstanceInfo> instance() {
    Path file = root.resolve("instance.json");
    return Files.exists(file) ? Optional.of(read(file, InstanceInfo.class)) : Optional.empty();
  }

  private Path canaryFile(ResourceId id) {
    return root.resolve("canaries").resolve(fileName(id));
  }

  private Path weightsFile(ResourceId id) {
    return root.resolve("weights").resolve(fileName(id));
  }

  private static String fileName(ResourceId id) {
    return id.namespace() + "." + id.name() + ".json";
  }

  private static void write(Path file, Object value) {
    try {
      AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete state file " + file + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> readAll(Path folder, Class<T> type) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        values.add(read(file, type));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read state directory " + folder + ": " + e.getMessage(), e);
    }
    return values;
  }

  private static <T> T read(Path file, Class<T> type) {
    try {
      return JSON.readValue(Files.readAllBytes(file), type);
    } catch (IOException | JacksonException e) {
      throw new StateException("state file " + file + " is unreadable: " + e.getMessage()
          + " (move it away to start that canary afresh)", e);
    }
  }
}
