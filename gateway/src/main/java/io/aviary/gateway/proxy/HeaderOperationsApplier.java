package io.aviary.gateway.proxy;

import io.aviary.model.istio.HeaderOperations;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Map;

/**
 * Applies Istio header operations: {@code set} overwrites, {@code add} appends (Envoy's
 * APPEND_IF_EXISTS_OR_ADD: a comma-joined value), {@code remove} deletes. {@code :authority}/{@code host} are
 * handled by the caller as an authority rewrite, like Istio turns them into Envoy's host rewrite.
 */
final class HeaderOperationsApplier {

  private HeaderOperationsApplier() {}

  static void apply(HeaderOperations operations, HttpHeaders headers) {
    if (operations == HeaderOperations.NONE || operations.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> set : operations.set().entrySet()) {
      if (!isAuthority(set.getKey())) {
        headers.set(set.getKey(), set.getValue());
      }
    }
    for (Map.Entry<String, String> add : operations.add().entrySet()) {
      if (isAuthority(add.getKey())) {
        continue;
      }
      String existing = headers.get(add.getKey());
      headers.set(add.getKey(), existing == null ? add.getValue() : existing + "," + add.getValue());
    }
    for (String name : operations.remove()) {
      if (!isAuthority(name)) {
        headers.remove(name);
      }
    }
  }

  /** The authority a {@code set} (preferred) or {@code add} of {@code :authority}/{@code host} asks for. */
  static @org.jspecify.annotations.Nullable String authorityOf(HeaderOperations operations) {
    if (operations == HeaderOperations.NONE || operations.set().isEmpty() && operations.add().isEmpty()) {
      return null;
    }
    for (String key : new String[] {":authority", "host"}) {
      String set = findIgnoringCase(operations.set(), key);
      if (set != null) {
        return set;
      }
    }
    for (String key : new String[] {":authority", "host"}) {
      String add = findIgnoringCase(operations.add(), key);
      if (add != null) {
        return add;
      }
    }
    return null;
  }

  private static @org.jspecify.annotations.Nullable String findIgnoringCase(Map<String, String> values, String key) {
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static boolean isAuthority(String name) {
    return name.equalsIgnoreCase(":authority") || name.equalsIgnoreCase("host");
  }
}
