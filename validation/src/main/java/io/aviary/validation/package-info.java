/**
 * {@code aviary validate}: every finding about a set of resources, with istioctl's codes, levels and messages
 * (IST....) and Aviary's own (AVY....) for Canary resources. Schema checks live in {@code schema}, semantic
 * analyzers in {@code analyzers}; {@link io.aviary.validation.Validator} runs them all.
 */
@NullMarked
package io.aviary.validation;

import org.jspecify.annotations.NullMarked;
