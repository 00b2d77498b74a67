package io.aviary.store;

import io.aviary.model.ResourceSet;
import io.aviary.model.load.ReadError;
import io.aviary.store.ApplyResult.Applied;
import io.aviary.store.ApplyResult.Rejected;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The config store held in memory: the embedded mode's single source of truth, fed by a
 * {@link FileConfigSource} and written by the controller.
 *
 * <p>Thread-safety: as {@link ConfigStore} promises. The snapshot lives in an {@link AtomicReference} (a
 * volatile field): readers do one volatile read and never block; writers validate outside any lock and publish
 * with compare-and-set, retrying on a lost race, so validation of one change never holds up another writer or
 * any reader.
 */
public final class InMemoryConfigStore implements ConfigStore {

  private final AtomicReference<ConfigSnapshot> current;
  private final AtomicReference<@Nullable Rejection> lastRejection = new AtomicReference<>();
  private final SnapshotPublisher publisher = new SnapshotPublisher();
  private final CandidateValidator validator;
  private final Clock clock;

  /**
   * @param validator judges every candidate before it is published
   * @param clock stamps snapshots and rejections
   */
  public InMemoryConfigStore(CandidateValidator validator, Clock clock) {
    this.validator = validator;
    this.clock = clock;
    this.current = new AtomicReference<>(ConfigSnapshot.initial(clock.instant()));
  }

  @Override
  public ConfigSnapshot current() {
    return current.get();
  }

  @Override
  public ApplyResult apply(ResourceSet candidate, String source) {
    List<Finding> findings = validator.validate(candidate);
    if (hasErrors(findings)) {
      return reject(source, findings);
    }
    ConfigSnapshot swapped = current.updateAndGet(previous -> previous.next(candidate, clock.instant(), source));
    publisher.deliverLatest(current::get);
    return new Applied(swapped, findings);
  }

  @Override
  public ApplyResult update(UnaryOperator<ResourceSet> change, String source) {
    while (true) {
      ConfigSnapshot previous = current.get();
      ResourceSet candidate = change.apply(previous.resources());
      if (candidate == previous.resources()) {
        return new Applied(previous, List.of());
      }
      List<Finding> findings = validator.validate(candidate);
      if (hasErrors(findings)) {
        return reject(source, findings);
      }
      ConfigSnapshot next = previous.next(candidate, clock.instant(), source);
      if (current.compareAndSet(previous, next)) {
        publisher.deliverLatest(current::get);
        return new Applied(next, findings);
      }
    }
  }

  @Override
  public Subscription watch(Consumer<ConfigSnapshot> listener) {
    return publisher.subscribe(listener, current.get().version());
  }

  @Override
  public Optional<Rejection> lastRejection() {
    return Optional.ofNullable(lastRejection.get());
  }

  @Override
  public Rejection recordRejection(String source, List<ReadError> readErrors, List<Finding> findings) {
    Rejection rejection = new Rejection(clock.instant(), source, readErrors, findings);
    lastRejection.set(rejection);
    return rejection;
  }

  private Rejected reject(String source, List<Finding> findings) {
    return new Rejected(recordRejection(source, List.of(), findings));
  }

  private static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(finding -> finding.level() == Level.Error);
  }
}
