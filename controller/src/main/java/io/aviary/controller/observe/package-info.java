/** What the world looked like at one tick: metric readings, webhook answers, the canary's revision, manual commands. */
@NullMarked
package io.aviary.controller.observe;

import org.jspecify.annotations.NullMarked;
