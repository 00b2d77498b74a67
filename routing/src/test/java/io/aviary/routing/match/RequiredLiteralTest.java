package io.aviary.routing.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " # ", value = {
      "(?i).*chrome-1-2.* # chrome-1-2 # true",
      "^(.*?;)?(type=insider)(;.*)?$ # '' # false",
      "abc?def # def # false",
      "ab+cd # ab # false",
      "[^]xyz]+foo # foo # false",
      "\\d+\\.example\\.com # .example.com # false",
      "a|bcd # '' # false",
      "(?s)abcdef # '' # false"})
  void findsTheLongestLiteralEveryMatchMustContain(String regex, String literal, Boolean ignoreCase) {
    RequiredLiteral found = RequiredLiteral.of(regex);
    if (literal.isEmpty()) {
      assertThat(found).isNull();
    } else {
      assertThat(found).isEqualTo(new RequiredLiteral(literal, ignoreCase));
    }
  }

  @Test
  void neverRejectsAValueThatRe2Matches() {
    SplittableRandom random = new SplittableRandom(42);
    String[] atoms = {"a", "b", "c", ".", "\\.", "[ab]", "[^a]", "(ab)", "(a|b)", "x", "-", "Ab"};
    String[] quantifiers = {"", "", "", "?", "*", "+", "{2}", "{0,1}"};
    int checked = 0;
    for (int n = 0; n < 3_000; n++) {
      StringBuilder regex = new StringBuilder(random.nextBoolean() ? "(?i)" : "");
      for (int k = 0, len = 1 + random.nextInt(6); k < len; k++) {
        regex.append(atoms[random.nextInt(atoms.length)]).append(quantifiers[random.nextInt(quantifiers.length)]);
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex.toString());
      } catch (PatternSyntaxException e) {
        continue;
      }
      RequiredLiteral prefilter = RequiredLiteral.of(regex.toString());
      for (int v = 0; v < 40; v++) {
        String value = randomValue(random);
        if (pattern.matches(value)) {
          checked++;
          assertThat(prefilter == null || prefilter.admits(value))
              .as("prefilter %s rejected %s which %s matches", prefilter, value, regex)
              .isTrue();
        }
      }
    }
    assertThat(checked).isGreaterThan(1_000);
  }

  private static String randomValue(SplittableRandom random) {
    String alphabet = "abcABCx-.";
    StringBuilder value = new StringBuilder();
    for (int i = 0, len = random.nextInt(7); i < len; i++) {
      value.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return value.toString();
  }
}
