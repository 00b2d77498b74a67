package io.aviary.routing.match;

import com.google.re2j.Pattern;
import org.jspecify.annotations.Nullable;
import com.google.re2j.PatternSyntaxException;
import io.aviary.model.istio.StringMatch;

/**
 * A compiled Istio StringMatch, applied to a region of a string so that paths and query values are matched in
 * place. Regexes are RE2 (RE2J) and must match the whole value, as Envoy's {@code safe_regex} does.
 */
public sealed interface ValueMatcher permits ValueMatcher.Exact, ValueMatcher.Prefix, ValueMatcher.Regex,
    ValueMatcher.Present, ValueMatcher.Invalid, ShortcutRegex {

  boolean matches(String text, int from, int to);

  default boolean matches(String text) {
    return matches(text, 0, text.length());
  }

  /** The matcher as written, e.g. {@code regex ".*Chrome.*"}. */
  String describe();

  record Exact(String value, boolean ignoreCase) implements ValueMatcher {
    @Override
    public boolean matches(String text, int from, int to) {
      return to - from == value.length() && text.regionMatches(ignoreCase, from, value, 0, value.length());
    }

    @Override
    public String describe() {
      return "exact \"" + value + "\"";
    }
  }

  record Prefix(String value, boolean ignoreCase) implements ValueMatcher {
    @Override
    public boolean matches(String text, int from, int to) {
      return to - from >= value.length() && text.regionMatches(ignoreCase, from, value, 0, value.length());
    }

    @Override
    public String describe() {
      return "prefix \"" + value + "\"";
    }
  }

  /**
   * A regex RE2J evaluates, behind a required-literal prefilter when one can be proven: most values a rule
   * does not match are rejected without running RE2J.
   */
  record Regex(Pattern pattern, @Nullable RequiredLiteral prefilter) implements ValueMatcher {
    Regex(Pattern pattern) {
      this(pattern, RequiredLiteral.of(pattern.pattern()));
    }

    @Override
    public boolean matches(String text, int from, int to) {
      String value = from == 0 && to == text.length() ? text : text.substring(from, to);
      return (prefilter == null || prefilter.admits(value)) && pattern.matches(value);
    }

    @Override
    public String describe() {
      return "regex \"" + pattern.pattern() + "\"";
    }
  }

  /** {@code {}} or {@code regex: "*"}: any value, including the empty one, as long as it is present. */
  record Present() implements ValueMatcher {
    @Override
    public boolean matches(String text, int from, int to) {
      return true;
    }

    @Override
    public String describe() {
      return "present";
    }
  }

  /** A regex RE2 rejects: Istio would reject the VirtualService, so the condition can never hold. */
  record Invalid(String source, String problem) implements ValueMatcher {
    @Override
    public boolean matches(String text, int from, int to) {
      return false;
    }

    @Override
    public String describe() {
      return "invalid regex \"" + source + "\" (" + problem + ")";
    }
  }

  /** Compiles {@code match}; {@code ignoreCase} applies to exact and prefix only, as Envoy's does. */
  static ValueMatcher compile(StringMatch match, boolean ignoreCase) {
    return switch (match) {
      case StringMatch.Exact exact -> new Exact(exact.value(), ignoreCase);
      case StringMatch.Prefix prefix -> new Prefix(prefix.value(), ignoreCase);
      case StringMatch.Present ignored -> new Present();
      case StringMatch.Regex regex -> compileRegex(regex.pattern());
    };
  }

  private static ValueMatcher compileRegex(String source) {
    if (source.equals("*")) {
      return new Present();
    }
    try {
      Pattern pattern = Pattern.compile(source);
      ValueMatcher shortcut = LiteralRegex.shortcut(source, pattern);
      return shortcut != null ? shortcut : new Regex(pattern);
    } catch (PatternSyntaxException e) {
      return new Invalid(source, e.getDescription());
    }
  }
}
