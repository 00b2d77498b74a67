package io.aviary.validation.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoFormatTest {

  @Test
  void quotesLikeGoStrconvQuote() {
    assertThat(GoFormat.quote("a\"b\\c\nd\u0001é")).isEqualTo("\"a\\\"b\\\\c\\nd\\x01é\"");
  }

  @Test
  void printsListsAsGoSlicesAndFillsVerbsInOrder() {
    assertThat(GoFormat.sprintf("%s %q %v 100%%", "x", "y", List.of(80, 443))).isEqualTo("x \"y\" [80 443] 100%");
  }
}
