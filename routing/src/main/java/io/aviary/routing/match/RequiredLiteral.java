package io.aviary.routing.match;

import org.jspecify.annotations.Nullable;

/**
 * A literal that every value a regex full-matches must contain, found conservatively from the pattern text, so
 * that most non-matching values are rejected with a substring search before RE2J runs (about a microsecond per
 * evaluation). RE2 itself accelerates matching the same way.
 *
 * <p>Only top-level runs of plain characters count: a pattern with {@code |} anywhere, flags other than a
 * leading {@code (?i)}, or no run of at least two characters gets no prefilter. A character followed by
 * {@code ?}, {@code *} or a {@code {0} repetition is optional and ends the run before it; {@code +} and
 * {@code {n}} keep it but end the run. The case-insensitive check only rejects pure-ASCII values, so Unicode
 * case folding can never make it reject a value RE2 would match.
 */
record RequiredLiteral(String literal, boolean ignoreCase) {

  private static final String METACHARACTERS = ".^$|?*+()[]{}\\";
  private static final String CASE_INSENSITIVE = "(?i)";

  /** The prefilter for {@code source}, or {@code null} when none can be proven. */
  static @Nullable RequiredLiteral of(String source) {
    if (source.indexOf('|') >= 0) {
      return null;
    }
    boolean ignoreCase = source.startsWith(CASE_INSENSITIVE);
    String body = ignoreCase ? source.substring(CASE_INSENSITIVE.length()) : source;
    if (body.contains("(?")) {
      return null;
    }
    String longest = longestTopLevelRun(body);
    if (longest == null || longest.length() < 2 || ignoreCase && !isAscii(longest)) {
      return null;
    }
    return new RequiredLiteral(longest, ignoreCase);
  }

  /** Whether {@code value} can possibly match: false means certainly not. */
  boolean admits(String value) {
    if (!ignoreCase) {
      return value.contains(literal);
    }
    if (!isAscii(value)) {
      return true;
    }
    int last = value.length() - literal.length();
    for (int i = 0; i <= last; i++) {
      if (value.regionMatches(true, i, literal, 0, literal.length())) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String longestTopLevelRun(String body) {
    String best = null;
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        if (i + 1 >= body.length() || Character.isLetterOrDigit(body.charAt(i + 1))) {
          best = longer(best, run);
          i++;
          continue;
        }
        c = body.charAt(++i);
        if (depth == 0) {
          i = append(body, i, c, run);
          if (endsRun(body, i)) {
            best = longer(best, run);
          }
        }
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (depth > 0 || c == ')' || c == '(' || METACHARACTERS.indexOf(c) >= 0 || c < 0x20) {
        best = longer(best, run);
        if (c == '[') {
          i = skipClass(body, i);
        } else if (c == '{' && depth == 0) {
          int close = body.indexOf('}', i);
          i = close < 0 ? body.length() : close;
        }
        continue;
      }
      i = append(body, i, c, run);
      if (endsRun(body, i)) {
        best = longer(best, run);
      }
    }
    return longer(best, run);
  }

  /** Adds {@code c} (at {@code at}) unless a quantifier makes it optional; returns the index consumed up to. */
  private static int append(String body, int at, char c, StringBuilder run) {
    int next = at + 1;
    boolean optional = next < body.length()
        && (body.charAt(next) == '?' || body.charAt(next) == '*' || body.startsWith("{0", next));
    if (!optional) {
      run.append(c);
    }
    return at;
  }

  /** A quantifier after the character just taken means the run cannot continue past it. */
  private static boolean endsRun(String body, int at) {
    int next = at + 1;
    return next < body.length() && "?*+{".indexOf(body.charAt(next)) >= 0;
  }

  /** The index of the {@code ]} closing the class at {@code open}; a {@code ]} first in the class is literal. */
  private static int skipClass(String body, int open) {
    int first = open + 1 < body.length() && body.charAt(open + 1) == '^' ? open + 2 : open + 1;
    for (int i = first; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']' && i > first) {
        return i;
      }
    }
    return body.length();
  }

  private static String longer(@Nullable String best, StringBuilder run) {
    String candidate = run.toString();
    run.setLength(0);
    return best == null || candidate.length() > best.length() ? candidate : best;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
