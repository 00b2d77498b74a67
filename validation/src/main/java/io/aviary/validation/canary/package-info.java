/**
 * Aviary's own checks of Flagger Canary resources (codes AVY01xx), beyond Flagger's CRD schema: references to
 * targets and metric templates, and the analysis numbers a canary run depends on. Messages name the field, the
 * value and the expectation: {@code stepWeight: 0 (expected: 1..100)}.
 */
@NullMarked
package io.aviary.validation.canary;

import org.jspecify.annotations.NullMarked;
