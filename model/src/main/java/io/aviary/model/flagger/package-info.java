/** Flagger's resources (flagger.app/v1beta1): Canary and MetricTemplate. */
@NullMarked
package io.aviary.model.flagger;

import org.jspecify.annotations.NullMarked;
