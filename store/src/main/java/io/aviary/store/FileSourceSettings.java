package io.aviary.store;

import io.aviary.model.load.ManifestLoader;
import io.aviary.validation.Validator;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a {@link FileConfigSource} reads and how it reacts. Immutable.
 *
 * @param paths files and folders as the user named them; folders are read recursively, as
 *     {@link ManifestLoader} does. Standard input cannot be watched and is refused.
 * @param defaultNamespace namespace of resources that name none
 * @param validator the full validator (schema and semantic) run on the loaded manifests, which still carry their
 *     YAML trees; the store's own {@link CandidateValidator} then checks the overlaid result
 * @param overlay merges each loaded set with state others own in the store; see {@link Overlay}
 * @param quietPeriod how long the files must be still before a reload, so an editor's write-then-rename is one
 *     reload
 * @param pollInterval how often checksums are compared, for file systems whose change events go missing
 * @param log receives one line per reload outcome, and one per problem of a refused reload; called from the
 *     source's threads, so it must be thread-safe
 */
public record FileSourceSettings(
    List<String> paths,
    String defaultNamespace,
    Validator validator,
    Overlay overlay,
    Duration quietPeriod,
    Duration pollInterval,
    Consumer<String> log) {

  public FileSourceSettings {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("paths: [] (expected: at least one file or folder)");
    }
    if (paths.contains(ManifestLoader.STDIN)) {
      throw new IllegalArgumentException("paths: - (expected: files or folders; standard input cannot be watched)");
    }
    requirePositive("quietPeriod", quietPeriod);
    requirePositive("pollInterval", pollInterval);
  }

  /** Namespace {@code default}, no overlay, a 75 ms quiet period, a 2 s poll, log lines to standard error. */
  public static FileSourceSettings of(List<String> paths, Validator validator) {
    return new FileSourceSettings(
        paths, "default", validator, Overlay.none(), Duration.ofMillis(75), Duration.ofSeconds(2), System.err::println);
  }

  public FileSourceSettings withOverlay(Overlay newOverlay) {
    return new FileSourceSettings(paths, defaultNamespace, validator, newOverlay, quietPeriod, pollInterval, log);
  }

  public FileSourceSettings withLog(Consumer<String> newLog) {
    return new FileSourceSettings(paths, defaultNamespace, validator, overlay, quietPeriod, pollInterval, newLog);
  }

  public FileSourceSettings withDefaultNamespace(String namespace) {
    return new FileSourceSettings(paths, namespace, validator, overlay, quietPeriod, pollInterval, log);
  }

  public FileSourceSettings withTiming(Duration newQuietPeriod, Duration newPollInterval) {
    return new FileSourceSettings(
        paths, defaultNamespace, validator, overlay, newQuietPeriod, newPollInterval, log);
  }

  private static void requirePositive(String field, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + ": " + value + " (expected: a positive duration)");
    }
  }
}
