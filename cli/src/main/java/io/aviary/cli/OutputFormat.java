package io.aviary.cli;

/** Output formats of commands that print a result. */
enum OutputFormat {
  text,
  json
}
