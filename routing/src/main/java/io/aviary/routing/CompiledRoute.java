package io.aviary.routing;

import io.aviary.routing.match.MatchBlock;
import org.jspecify.annotations.Nullable;

/**
 * One Envoy route: a match block of a rule with the rule's action. {@code ref} is {@code null} only for the
 * default route of a service without a VirtualService; {@code matchIndex} is -1 for rules without {@code match}.
 */
record CompiledRoute(@Nullable RouteRef ref, int matchIndex, MatchBlock block, RouteAction action) {}
