/** Istio networking resources (networking.istio.io v1alpha3, v1beta1 and v1 share one schema), with YAML field names unchanged. */
@NullMarked
package io.aviary.model.istio;

import org.jspecify.annotations.NullMarked;
