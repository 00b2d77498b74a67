package io.aviary.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerHostsTest {

  @Test
  void matchesExactWildcardAndNamespacedHostsIgnoringThePort() {
    assertThat(ServerHosts.anyMatches(List.of("web/shop.example.com"), "Shop.Example.com:8443")).isTrue();
    assertThat(ServerHosts.anyMatches(List.of("*.example.com"), "a.b.example.com")).isTrue();
    assertThat(ServerHosts.anyMatches(List.of("*.example.com"), "example.com")).isFalse();
    assertThat(ServerHosts.anyMatches(List.of("*/*"), "anything")).isTrue();
    assertThat(ServerHosts.anyMatches(List.of("shop.example.com"), "other.example.com")).isFalse();
  }
}
