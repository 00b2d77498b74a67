/**
 * The config store: everything Aviary knows, as one immutable {@link io.aviary.store.ConfigSnapshot} that is
 * validated before it is published and swapped atomically, so readers never block and never see half a change.
 * {@link io.aviary.store.InMemoryConfigStore} holds it; {@link io.aviary.store.FileConfigSource} feeds it from
 * the user's manifest files and keeps it in step with them.
 */
@NullMarked
package io.aviary.store;

import org.jspecify.annotations.NullMarked;
