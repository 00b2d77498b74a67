/**
 * Who owns which weights. The user's files say what the VirtualServices are; the controller (and a person using
 * {@code aviary set-weight}) own the weights of some of their routes. Each owner's wish is a {@link
 * io.aviary.embedded.traffic.TrafficIntent}; the intents are applied on top of whatever the files say, on every
 * reload and every controller step, so neither side silently undoes the other.
 */
@NullMarked
package io.aviary.embedded.traffic;

import org.jspecify.annotations.NullMarked;
