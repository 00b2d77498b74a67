package io.aviary.controller.status;

import org.jspecify.annotations.Nullable;

/**
 * One check as decided at one tick: the value read (null when there was none), the range it was held to and the
 * verdict, so a user can see why a run advanced, held or failed. Webhooks appear with their answer as {@code detail}.
 */
public record CheckRecord(
    String name, @Nullable Double value, @Nullable Double min, @Nullable Double max, Verdict verdict, String detail) {}
