package io.aviary.store;

/**
 * A listener's registration with a {@link ConfigStore}. Closing it stops deliveries; it is idempotent, may be
 * called from any thread (the listener itself included) and throws nothing, so it fits try-with-resources.
 */
public interface Subscription extends AutoCloseable {

  @Override
  void close();
}
