package io.aviary.store;

import io.aviary.store.ApplyResult.Applied;
import io.aviary.store.ApplyResult.Rejected;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a {@link ConfigStore} in step with the manifest files and folders a user passed: it loads them at start
 * and reloads all of them whenever one changes, so an edit is live within a second and a broken edit never is.
 *
 * <p><b>What a reload does.</b> All paths are read again ({@link io.aviary.model.load.ManifestLoader}: folders
 * recursively), checked (readable, decodable, no Error findings from the settings' validator), merged with the
 * store's state by the settings' {@link Overlay}, and published in one {@link ConfigStore#update}. A refused
 * reload keeps the last good snapshot, becomes the store's {@link ConfigStore#lastRejection()} and is logged
 * with every problem. Reloads whose files hold the same bytes as the last one are skipped.
 *
 * <p><b>Overlay.</b> The files are the user's intent, but not all of the store's state: the controller writes
 * VirtualService weights and status while a canary runs. A reload replaces the file-derived resources; the
 * overlay, given by the caller, re-applies the state others own (see {@link Overlay#keepFromStore}). Since the
 * merge runs inside {@code update}, a controller write racing a reload is merged, never lost.
 *
 * <p><b>Noticing changes.</b> A {@link java.nio.file.WatchService} on the folders involved (folder inputs with
 * their subfolders, and the parent of every input) reports creates, modifies, deletes and atomic renames; a
 * quiet period turns an editor's burst of events into one reload. A checksum poll at the settings' interval
 * catches what events miss (network and container file systems, overflow, or a watch service that could not
 * start, which is logged and leaves the poll alone).
 *
 * <p><b>Threads.</b> One daemon thread waits for file events; one daemon thread runs reloads and polls, so
 * reloads never overlap. {@link #close()} stops both; it is idempotent and may be called from any thread.
 */
public final class FileConfigSource implements AutoCloseable {

  /** Whether the source started: only when the files were valid at start. */
  public sealed interface StartResult {

    /** The files are live as {@code snapshot}; {@code source} watches them until closed. */
    record Started(FileConfigSource source, ConfigSnapshot snapshot) implements StartResult {}

    /** The files could not be read or had errors; nothing was started and the store is unchanged. */
    record Failed(Rejection rejection) implements StartResult {}
  }

  private final Reloader reloader;
  private final ScheduledExecutorService reloads;
  private final @Nullable DirectoryWatcher watcher;

  private FileConfigSource(
      Reloader reloader, ScheduledExecutorService reloads, @Nullable DirectoryWatcher watcher) {
    this.reloader = reloader;
    this.reloads = reloads;
    this.watcher = watcher;
  }

  /**
   * Loads the files into {@code store} and, if they are valid, starts watching them. Watching starts before
   * the first load, so an edit made during start-up is not missed.
   */
  public static StartResult start(ConfigStore store, FileSourceSettings settings) {
    Reloader reloader = new Reloader(store, settings);
    ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "aviary-config-reload");
      thread.setDaemon(true);
      return thread;
    });
    Runnable reloadIfChanged = guarded(settings, () -> reloader.reloadIfChanged("files changed"));
    Debouncer debouncer = new Debouncer(reloads, settings.quietPeriod(), reloadIfChanged);
    DirectoryWatcher watcher = startWatcher(settings, debouncer);
    ApplyResult initial = reloader.reload("start");
    FileConfigSource source = new FileConfigSource(reloader, reloads, watcher);
    if (initial instanceof Rejected rejected) {
      source.close();
      return new StartResult.Failed(rejected.rejection());
    }
    Duration poll = settings.pollInterval();
    reloads.scheduleWithFixedDelay(
        guarded(settings, () -> reloader.reloadIfChanged("checksum poll found changed files")),
        poll.toNanos(), poll.toNanos(), TimeUnit.NANOSECONDS);
    return new StartResult.Started(source, ((Applied) initial).snapshot());
  }

  /**
   * Reloads now, on the caller's thread, even if the files look unchanged; for an admin "reload" action.
   * Waits for a reload under way to finish first.
   */
  public ApplyResult reload() {
    return reloader.reload("reload requested");
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    reloads.shutdownNow();
  }

  private static @Nullable DirectoryWatcher startWatcher(FileSourceSettings settings, Debouncer debouncer) {
    try {
      return DirectoryWatcher.start(settings.paths(), debouncer::poke, settings.log());
    } catch (IOException e) {
      settings.log().accept("config: file events unavailable (" + e.getMessage() + "); changes are found by a "
          + "checksum poll every " + settings.pollInterval().toMillis() + " ms");
      return null;
    }
  }

  /** A failing reload must not cancel the periodic poll, which is what a thrown exception would do. */
  private static Runnable guarded(FileSourceSettings settings, Runnable reload) {
    return () -> {
      try {
        reload.run();
      } catch (RuntimeException e) {
        settings.log().accept("config: reload failed unexpectedly: " + e);
      }
    };
  }
}
