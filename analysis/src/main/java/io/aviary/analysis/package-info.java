/**
 * The sequential judge (see {@code ../shared/docs/sequential-analysis.md}): anytime-valid tests of "the canary is not
 * worse than the primary" on per-tick counts, which may be looked at after every tick without inflating the
 * false-rollback rate. Pure: no I/O, no clock; state is plain records so it can live in a Canary's status.
 */
@NullMarked
package io.aviary.analysis;

import org.jspecify.annotations.NullMarked;
