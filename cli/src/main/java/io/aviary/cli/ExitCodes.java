package io.aviary.cli;

/** Exit statuses shared by the commands, as {@code istioctl analyze} uses them. */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS_WITH_ERRORS = 1;
  static final int UNREADABLE_INPUT = 2;

  private ExitCodes() {}
}
