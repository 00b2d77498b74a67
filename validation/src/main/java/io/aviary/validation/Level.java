package io.aviary.validation;

/** istioctl's message levels, printed with these exact names. */
public enum Level {
  Error,
  Warning,
  Info
}
