/**
 * IST0106 and friends: each manifest checked against the OpenAPI v3 schema of its CustomResourceDefinition
 * (Istio's and Flagger's CRDs, shipped on the classpath), plus the value rules Istio enforces in code because a
 * CRD schema cannot express them (RE2 regexes, weights, action combinations, status codes, duplicates), plus
 * IST0002/IST0133 deprecation notices. Every finding names the field and points at its line.
 */
@NullMarked
package io.aviary.validation.schema;

import org.jspecify.annotations.NullMarked;
