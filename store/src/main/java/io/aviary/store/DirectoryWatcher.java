package io.aviary.store;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns file-system events about the user's paths into calls of {@code onChange}. It watches every folder
 * input with all its subfolders (new subfolders are added as they appear), and the parent of every input, so
 * that a file replaced by an atomic rename, or an input created after start, is seen too. Events about other
 * entries of those parents are ignored. An overflow (events lost by the kernel) counts as a change.
 *
 * <p>Thread-safety: one daemon thread waits for events; {@link #close()} may be called from any thread and
 * stops it.
 */
final class DirectoryWatcher implements AutoCloseable {

  private final WatchService service;
  private final List<Path> inputs;
  private final Runnable onChange;
  private final Consumer<String> log;
  private final Map<Path, WatchKey> watched = new ConcurrentHashMap<>();
  private final Thread thread;

  private DirectoryWatcher(WatchService service, List<String> paths, Runnable onChange, Consumer<String> log) {
    this.service = service;
    this.inputs = paths.stream().map(path -> Path.of(path).toAbsolutePath().normalize()).toList();
    this.onChange = onChange;
    this.log = log;
    this.thread = new Thread(this::run, "aviary-config-watch");
    this.thread.setDaemon(true);
  }

  /** Registers the folders and starts the event thread. */
  static DirectoryWatcher start(List<String> paths, Runnable onChange, Consumer<String> log) throws IOException {
    DirectoryWatcher watcher =
        new DirectoryWatcher(FileSystems.getDefault().newWatchService(), paths, onChange, log);
    watcher.registerAll();
    watcher.thread.start();
    return watcher;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      log.accept("config: closing the file watcher failed: " + e.getMessage());
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean changed = handle(key);
        if (!key.reset()) {
          watched.values().remove(key);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: the source is shutting down
    }
  }

  private boolean handle(WatchKey key) {
    Path folder = (Path) key.watchable();
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        registerAll();
        changed = true;
        continue;
      }
      Path entry = folder.resolve((Path) event.context());
      if (isRelevant(entry)) {
        changed = true;
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(entry)) {
          registerAll();
        }
      }
    }
    return changed;
  }

  /** An input itself, or anything inside a folder input. */
  private boolean isRelevant(Path entry) {
    return inputs.stream().anyMatch(entry::startsWith);
  }

  private void registerAll() {
    for (Path input : inputs) {
      Path parent = input.getParent();
      if (parent != null) {
        register(parent);
      }
      if (Files.isDirectory(input)) {
        registerTree(input);
      }
    }
  }

  private void registerTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isDirectory).forEach(this::register);
    } catch (IOException | UncheckedIOException e) {
      log.accept("config: cannot watch " + root + " (the checksum poll still covers it): " + e.getMessage());
    }
  }

  private void register(Path folder) {
    WatchKey existing = watched.get(folder);
    if ((existing != null && existing.isValid()) || !Files.isDirectory(folder)) {
      return;
    }
    try {
      watched.put(folder, folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
    } catch (IOException | ClosedWatchServiceException e) {
      log.accept("config: cannot watch " + folder + " (the checksum poll still covers it): " + e.getMessage());
    }
  }
}
