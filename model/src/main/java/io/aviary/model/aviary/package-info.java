/**
 * Aviary's own resources ({@code aviary.io/v1alpha1}). Their Canary is a superset of Flagger's: the same analysis,
 * plus routing by the subsets of a VirtualService the user owns.
 */
@NullMarked
package io.aviary.model.aviary;

import org.jspecify.annotations.NullMarked;
