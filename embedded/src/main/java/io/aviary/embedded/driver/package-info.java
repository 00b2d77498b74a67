/**
 * The controller's driver in embedded mode: one tick loop per Canary that gathers observations (the canary's
 * revision, metrics, webhook answers, commands), steps the pure state machine, saves the new status, and carries
 * out its actions (traffic intents in the config store, webhooks on their own threads, events in the log).
 */
@NullMarked
package io.aviary.embedded.driver;

import org.jspecify.annotations.NullMarked;
