package io.aviary.analysis;

/** One tick judged: the state to keep for the next tick and the verdict to act on. */
public record JudgeResult(JudgeState state, JudgeVerdict verdict) {}
