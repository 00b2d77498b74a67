package io.aviary.store;

import io.aviary.model.Resource;
import io.aviary.model.ResourceSet;
import java.util.function.Predicate;

/**
 * How a reload of the user's files meets state that someone else owns. The files say what the user wants; the
 * controller also writes to the store (VirtualService weights during a canary, status), and a reload must not
 * wipe that out. {@link FileConfigSource} hands each set it loaded to the overlay together with the store's
 * current resources, and publishes what the overlay returns.
 *
 * <p>Because the source publishes through {@link ConfigStore#update}, an overlay runs again when the controller
 * wrote in between, so it always merges with the newest state. It must therefore be a pure, thread-safe
 * function of its arguments.
 */
@FunctionalInterface
public interface Overlay {

  /**
   * @param fromFiles the resources the user's files hold now
   * @param current the store's resources before this reload
   * @return the resources to publish
   */
  ResourceSet apply(ResourceSet fromFiles, ResourceSet current);

  /** The files are the whole truth: every reload replaces the store's resources with them. */
  static Overlay none() {
    return (fromFiles, current) -> fromFiles;
  }

  /**
   * The store's own version wins for resources that {@code ownedByController} selects and that the files still
   * declare; everything else comes from the files. A resource removed from the files is removed from the
   * store even if the controller owned it, because the user deleting it is the stronger intent.
   */
  static Overlay keepFromStore(Predicate<Resource> ownedByController) {
    return (fromFiles, current) -> {
      ResourceSet merged = fromFiles;
      for (Resource kept : current.all()) {
        if (ownedByController.test(kept) && fromFiles.get(kept.id()).isPresent()) {
          merged = merged.with(kept);
        }
      }
      return merged;
    };
  }
}
