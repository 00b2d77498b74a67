package io.aviary.store;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.store.ApplyResult.Applied;
import io.aviary.store.ApplyResult.Rejected;
import io.aviary.store.ManifestCheck.Verdict;
import io.aviary.validation.Finding;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads all of the user's paths, checks them, overlays them on the store's state and publishes the result in
 * one {@link ConfigStore#update}, so the store moves from one whole, valid state to the next. A refused reload
 * leaves the store's snapshot alone, is recorded as its {@link ConfigStore#lastRejection()} and is logged with
 * every problem (file, line, resource, field).
 *
 * <p>Thread-safety: reloads are serialized by this object's lock; callers are the start-up thread and the
 * source's reload thread.
 */
final class Reloader {

  private final ConfigStore store;
  private final FileSourceSettings settings;
  private final ManifestLoader loader;
  private final ManifestCheck check;
  private final String description;
  private @Nullable Fingerprint lastRead;

  Reloader(ConfigStore store, FileSourceSettings settings) {
    this.store = store;
    this.settings = settings;
    this.loader = new ManifestLoader(settings.defaultNamespace());
    this.check = new ManifestCheck(settings.validator());
    this.description = "files " + settings.paths();
  }

  /** Reloads unless the files hold exactly the bytes of the last reload; then reports the current snapshot. */
  synchronized ApplyResult reloadIfChanged(String why) {
    if (Fingerprint.of(settings.paths()).equals(lastRead)) {
      return new Applied(store.current(), List.of());
    }
    return reload(why);
  }

  /** Reads and publishes the files whatever they hold. */
  synchronized ApplyResult reload(String why) {
    lastRead = Fingerprint.of(settings.paths());
    LoadResult loaded = loader.load(settings.paths());
    String source = description + ": " + why;
    ApplyResult result = switch (check.check(loaded)) {
      case Verdict.Failed failed ->
          new Rejected(store.recordRejection(source, failed.readErrors(), failed.findings()));
      case Verdict.Passed passed -> publish(passed, source);
    };
    report(result);
    return result;
  }

  private ApplyResult publish(Verdict.Passed passed, String source) {
    ApplyResult result =
        store.update(current -> settings.overlay().apply(passed.resources(), current), source);
    if (result instanceof Applied applied && !passed.warnings().isEmpty()) {
      return new Applied(applied.snapshot(), merge(passed.warnings(), applied.warnings()));
    }
    return result;
  }

  private void report(ApplyResult result) {
    Consumer<String> log = settings.log();
    switch (result) {
      case Applied applied -> {
        ConfigSnapshot snapshot = applied.snapshot();
        log.accept("config: " + description + " live as version " + snapshot.version() + " ("
            + snapshot.resources().all().size() + " resources, " + applied.warnings().size() + " warnings)");
        applied.warnings().forEach(warning -> log.accept("  " + warning));
      }
      case Rejected rejected -> {
        List<String> problems = rejected.rejection().problems();
        log.accept("config: rejected " + description + ", keeping version " + store.current().version() + ": "
            + problems.size() + " problem(s)");
        problems.forEach(problem -> log.accept("  " + problem));
      }
    }
  }

  private static List<Finding> merge(List<Finding> first, List<Finding> second) {
    return Stream.concat(first.stream(), second.stream()).distinct().toList();
  }
}
