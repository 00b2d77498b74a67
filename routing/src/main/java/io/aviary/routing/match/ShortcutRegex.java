package io.aviary.routing.match;

/**
 * A regex that is a literal with {@code .*} around it, matched as a string check (see {@link LiteralRegex});
 * it explains itself with the regex as written.
 */
record ShortcutRegex(Kind kind, String literal, String source) implements ValueMatcher {

  enum Kind { EXACT, PREFIX, SUFFIX, CONTAINS }

  @Override
  public boolean matches(String text, int from, int to) {
    int length = literal.length();
    if (to - from < length) {
      return false;
    }
    return switch (kind) {
      case EXACT -> to - from == length && text.startsWith(literal, from);
      case PREFIX -> text.startsWith(literal, from);
      case SUFFIX -> text.startsWith(literal, to - length);
      case CONTAINS -> contains(text, from, to);
    };
  }

  private boolean contains(String text, int from, int to) {
    int found = text.indexOf(literal, from);
    return found >= 0 && found + literal.length() <= to;
  }

  @Override
  public String describe() {
    return "regex \"" + source + "\"";
  }
}
