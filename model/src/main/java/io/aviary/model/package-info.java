/**
 * The one model of Aviary's resources: Istio, Flagger and core Kubernetes objects as immutable records, read
 * from YAML exactly as users write it. Loader, validator, router, controller and operator all use these types.
 */
@NullMarked
package io.aviary.model;

import org.jspecify.annotations.NullMarked;
