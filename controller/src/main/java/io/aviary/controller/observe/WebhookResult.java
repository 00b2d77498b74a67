package io.aviary.controller.observe;

import io.aviary.controller.spec.HookType;

/**
 * The answer to a webhook the previous tick asked for: {@code passed} is a 2xx within the timeout, anything else
 * (non-2xx, timeout, connection error) is not. {@code detail} is kept for the decision record.
 */
public record WebhookResult(String name, HookType type, boolean passed, String detail) {}
