package io.aviary.controller.spec;

import java.time.Duration;

/** A canary user keeps the canary: the router sets {@code cookieName} on canary responses, valid for {@code maxAge}. */
public record SessionAffinity(String cookieName, Duration maxAge) {}
