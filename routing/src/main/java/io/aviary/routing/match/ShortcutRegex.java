package io.aviary.routing.match;

import com.google.re2j.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A regex that is a literal with {@code .*} around it, matched as a string check (see {@link LiteralRegex});
 * it explains itself with the regex as written.
 *
 * <p>With {@code (?i)} the literal is pure ASCII and compared ASCII-case-insensitively, which is exactly RE2's
 * case folding on ASCII text; a value with any other character is left to RE2J ({@code nonAsciiFallback}), since
 * RE2 folds some ASCII letters with non-ASCII ones (K with the Kelvin sign, s with the long s).
 */
record ShortcutRegex(Kind kind, String literal, String source, boolean ignoreCase, @Nullable Pattern nonAsciiFallback)
    implements ValueMatcher {

  enum Kind { EXACT, PREFIX, SUFFIX, CONTAINS }

  ShortcutRegex(Kind kind, String literal, String source) {
    this(kind, literal, source, false, null);
  }

  @Override
  public boolean matches(String text, int from, int to) {
    if (ignoreCase && nonAsciiFallback != null && !isAscii(text, from, to)) {
      return nonAsciiFallback.matches(text.substring(from, to));
    }
    int length = literal.length();
    if (to - from < length) {
      return false;
    }
    return switch (kind) {
      case EXACT -> to - from == length && text.regionMatches(ignoreCase, from, literal, 0, length);
      case PREFIX -> text.regionMatches(ignoreCase, from, literal, 0, length);
      case SUFFIX -> text.regionMatches(ignoreCase, to - length, literal, 0, length);
      case CONTAINS -> contains(text, from, to);
    };
  }

  private boolean contains(String text, int from, int to) {
    if (!ignoreCase) {
      int found = text.indexOf(literal, from);
      return found >= 0 && found + literal.length() <= to;
    }
    for (int at = from, last = to - literal.length(); at <= last; at++) {
      if (text.regionMatches(true, at, literal, 0, literal.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String describe() {
    return "regex \"" + source + "\"";
  }
}
