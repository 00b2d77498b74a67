package io.aviary.routing.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Regex shortcuts must agree with RE2J's full match on every value. */
class LiteralRegexProperties {

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(".*Chrome.*", "^.*user=test.*$", ".*\\.png", "/api/.*", "^exact$", ".*", "", "a\\.b",
        ".*a.b.*", "(a|b).*", ".*\\.*", "x\\$", "^(.*?;)?(type=insider)(;.*)?$",
        "(?i).*chrome.*", "(?i)^/API/.*$", "(?i).*\\.PNG", "(?i)exact", "(?i)k.*", "(?i).*s");
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abChromeCHROME.pngPNG/apiAPI=;user=test$xKks\u212a\u017f").ofMaxLength(20),
        Arbitraries.of("Mozilla Chrome/1", "a.png", "/api/x", "exact", "", "a.b", "axb", "x$", "type=insider",
            "MOZILLA CHROME", "EXACT", "\u212a", "\u212aelvin", "ab\u017f", "A.PNG", "/Api/x"));
  }

  @Property(tries = 2000)
  void shortcutsAgreeWithRe2j(@ForAll("patterns") String pattern, @ForAll("values") String value) {
    ValueMatcher matcher = ValueMatcher.compile(new io.aviary.model.istio.StringMatch.Regex(pattern), false);
    assertThat(matcher.matches(value)).as("%s on %s", pattern, value).isEqualTo(Pattern.matches(pattern, value));
    assertThat(matcher.matches("<" + value + ">", 1, value.length() + 1)).isEqualTo(Pattern.matches(pattern, value));
  }
}
