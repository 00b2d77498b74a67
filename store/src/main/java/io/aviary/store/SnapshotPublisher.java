package io.aviary.store;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Delivers swapped-in snapshots to the store's listeners, in version order and without duplicates.
 *
 * <p>Thread-safety: {@link #subscribe} and {@link #deliverLatest} may be called from any thread. Delivery takes
 * a lock that only writers take after their swap; readers of the store never touch it. Under that lock the
 * publisher reads the latest snapshot, not the one the writer swapped in, so when writers race each listener
 * gets the newest state once rather than older states out of order. The lock is reentrant, so a listener may
 * itself write to the store.
 */
final class SnapshotPublisher {

  private final CopyOnWriteArrayList<Registration> registrations = new CopyOnWriteArrayList<>();
  private final ReentrantLock delivery = new ReentrantLock();

  /** Subscribes {@code listener} to snapshots newer than {@code afterVersion}. */
  Subscription subscribe(Consumer<ConfigSnapshot> listener, long afterVersion) {
    Registration registration = new Registration(listener, afterVersion);
    registrations.add(registration);
    return () -> registrations.remove(registration);
  }

  /** Hands {@code latest}'s snapshot to every listener that has not seen it yet. */
  void deliverLatest(Supplier<ConfigSnapshot> latest) {
    delivery.lock();
    try {
      ConfigSnapshot snapshot = latest.get();
      for (Registration registration : registrations) {
        registration.offer(snapshot);
      }
    } finally {
      delivery.unlock();
    }
  }

  /** One listener and the newest version it was handed; guarded by the publisher's delivery lock. */
  private static final class Registration {

    private final Consumer<ConfigSnapshot> listener;
    private long deliveredVersion;

    Registration(Consumer<ConfigSnapshot> listener, long deliveredVersion) {
      this.listener = listener;
      this.deliveredVersion = deliveredVersion;
    }

    void offer(ConfigSnapshot snapshot) {
      if (snapshot.version() <= deliveredVersion) {
        return;
      }
      deliveredVersion = snapshot.version();
      try {
        listener.accept(snapshot);
      } catch (RuntimeException e) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      }
    }
  }
}
