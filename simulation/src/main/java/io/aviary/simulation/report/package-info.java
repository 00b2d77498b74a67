/** The measures of doc §7.3 per policy and scenario, from the runs' outcomes. */
@NullMarked
package io.aviary.simulation.report;

import org.jspecify.annotations.NullMarked;
