package io.aviary.routing.match;

import com.google.re2j.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the regexes people write most, {@code .*Chrome.*}, {@code ^/api/.*$}, {@code .*\.png}, that are
 * a literal with optional {@code .*} on either side, and turns them into plain string checks. RE2J needs about a
 * microsecond per match; {@code contains} needs nanoseconds. Anything else is left to RE2J.
 */
final class LiteralRegex {

  private static final String METACHARACTERS = "\\.^$|?*+()[]{}";
  private static final String ANY = ".*";
  private static final String CASE_INSENSITIVE = "(?i)";

  private LiteralRegex() {}

  /** The string check equivalent to full-matching {@code source}, or {@code null} when there is none. */
  static @Nullable ValueMatcher shortcut(String source, Pattern compiled) {
    boolean ignoreCase = source.startsWith(CASE_INSENSITIVE);
    String body = ignoreCase ? source.substring(CASE_INSENSITIVE.length()) : source;
    if (body.startsWith("^")) {
      body = body.substring(1);
    }
    if (body.endsWith("$") && !body.endsWith("\\$")) {
      body = body.substring(0, body.length() - 1);
    }
    boolean anyBefore = body.startsWith(ANY);
    if (anyBefore) {
      body = body.substring(ANY.length());
    }
    boolean anyAfter = body.endsWith(ANY) && !body.endsWith("\\.*");
    if (anyAfter) {
      body = body.substring(0, body.length() - ANY.length());
    }
    String literal = unescape(body);
    if (literal == null || ignoreCase && !literal.chars().allMatch(c -> c <= 0x7f)) {
      return null;
    }
    ShortcutRegex.Kind kind = anyBefore
        ? (anyAfter ? ShortcutRegex.Kind.CONTAINS : ShortcutRegex.Kind.SUFFIX)
        : (anyAfter ? ShortcutRegex.Kind.PREFIX : ShortcutRegex.Kind.EXACT);
    return new ShortcutRegex(kind, literal, source, ignoreCase, ignoreCase ? compiled : null);
  }

  /** {@code text} with {@code \.}-style escapes of punctuation resolved, or {@code null} if it is not literal. */
  private static @Nullable String unescape(String text) {
    StringBuilder literal = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length() || Character.isLetterOrDigit(text.charAt(i + 1))) {
          return null;
        }
        literal.append(text.charAt(++i));
      } else if (METACHARACTERS.indexOf(c) >= 0 || c > 0x7e || c < 0x20) {
        return null;
      } else {
        literal.append(c);
      }
    }
    return literal.toString();
  }
}
