/**
 * The control API of a running {@code aviary run}, on its admin server: canary status and events, the seed guide's
 * manual steps (weights by hand, promote, rollback) and pause/resume. Reads are open on loopback; every change
 * needs the admin token.
 */
@NullMarked
package io.aviary.embedded.control;

import org.jspecify.annotations.NullMarked;
