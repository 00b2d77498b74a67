package io.aviary.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactedUrlTest {

  @Test
  void dropsQueryFragmentAndUserInfoWhichMayHoldSecrets() {
    assertThat(RedactedUrl.of(URI.create("https://bot:s3cret@hooks.example:8443/api/hook?token=abc#x")))
        .isEqualTo("https://hooks.example:8443/api/hook");
  }

  @Test
  void keepsAUrlWithoutSecretsAsItIs() {
    assertThat(RedactedUrl.of(URI.create("http://127.0.0.1:9090/prometheus"))).isEqualTo("http://127.0.0.1:9090/prometheus");
  }

  @Test
  void acceptsOnlyAbsoluteHttpUrlsWithAHost() {
    assertThat(HttpTarget.parse("http://localhost:9090")).isPresent();
    assertThat(HttpTarget.parse("HTTPS://x/y")).isPresent();
    assertThat(HttpTarget.parse("localhost:9090")).isEmpty();
    assertThat(HttpTarget.parse("ftp://x/")).isEmpty();
    assertThat(HttpTarget.parse("http://a b/")).isEmpty();
  }
}
