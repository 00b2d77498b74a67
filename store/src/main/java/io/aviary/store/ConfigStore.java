package io.aviary.store;

import io.aviary.model.ResourceSet;
import io.aviary.model.load.ReadError;
import io.aviary.validation.Finding;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Everything Aviary knows, as one validated, immutable snapshot. Writers offer whole candidate sets; the store
 * validates each and swaps it in atomically only when validation found no errors.
 *
 * <p>Thread-safety contract, for every implementation: all methods may be called from any thread. Readers
 * ({@link #current()}, {@link #lastRejection()}) never block and always see a whole snapshot, never part of a
 * change. Writers never lose each other's changes: {@link #update} re-runs its change against the newer state
 * when another writer got in first.
 */
public interface ConfigStore {

  /** The latest published snapshot. Never blocks. */
  ConfigSnapshot current();

  /**
   * Replaces the whole state with {@code candidate} if it validates without errors; the last writer wins.
   * Use it for a source that owns everything it writes (a full reload); use {@link #update} to change part of
   * the state.
   *
   * @param source who offers the change and why, recorded on the snapshot or the rejection
   */
  ApplyResult apply(ResourceSet candidate, String source);

  /**
   * Changes the state by {@code change}, atomically: {@code change} gets the current resources and returns the
   * resources it wants; the result is validated and swapped in only if no other writer swapped in between,
   * otherwise {@code change} runs again on the newer state. So {@code change} must be a pure function of its
   * argument: it may run more than once. If it returns its argument unchanged (the same instance) nothing is
   * published and the result is {@code Applied} with the current snapshot.
   */
  ApplyResult update(UnaryOperator<ResourceSet> change, String source);

  /**
   * Calls {@code listener} after each swap, on the writer's thread, outside any lock readers take. A listener
   * sees snapshots in increasing version order and always the latest one eventually; when writers race, it may
   * be handed only the newest of several swaps. Only swaps after this call are delivered, so subscribe first
   * and then read {@link #current()} to miss nothing. A listener must be quick and must not wait for another
   * thread that writes to this store. Its exceptions go to the writer thread's uncaught-exception handler and
   * never undo the swap.
   *
   * @return closing it stops deliveries (one already under way may still arrive)
   */
  Subscription watch(Consumer<ConfigSnapshot> listener);

  /** The last change this store refused, for {@code /config_dump}; empty if none ever was. */
  Optional<Rejection> lastRejection();

  /**
   * Records a change refused before it reached the store, e.g. manifest files that could not be read, so that
   * {@link #lastRejection()} reports it whichever stage refused it. The snapshot is untouched.
   *
   * @return the recorded rejection, stamped with the store's clock
   */
  Rejection recordRejection(String source, List<ReadError> readErrors, List<Finding> findings);
}
