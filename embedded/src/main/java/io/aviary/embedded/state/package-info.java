/**
 * The state directory: what embedded mode must not lose in a crash (each canary's status, its routing, the event
 * history, weights set by hand) and how to find the running instance. Every file is written whole and atomically
 * (write, fsync, rename, fsync the folder), so a reader after {@code kill -9} sees the old or the new version,
 * never a torn one. The user's manifests are never written.
 */
@NullMarked
package io.aviary.embedded.state;

import org.jspecify.annotations.NullMarked;
