package io.aviary.controller.port;

import io.aviary.controller.spec.Webhook;
import io.aviary.controller.status.Phase;
import io.aviary.model.ResourceId;

/**
 * One webhook to call: Flagger sends {@code {"name", "namespace", "phase", "checksum", "metadata"}} where
 * {@code checksum} identifies the canary revision under analysis.
 */
public record WebhookCall(ResourceId canary, Webhook hook, Phase phase, String checksum) {}
