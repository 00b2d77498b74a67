/**
 * Compiled request conditions: one {@link io.aviary.routing.match.Condition} per field of an Istio
 * HTTPMatchRequest, with every regex compiled (RE2J, full match) before the first request arrives.
 */
@NullMarked
package io.aviary.routing.match;

import org.jspecify.annotations.NullMarked;
