package io.aviary.model.istio;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code set}, {@code add} and {@code remove} of headers. Keys are kept sorted, the order Istio emits them. */
public record HeaderOperations(Map<String, String> set, Map<String, String> add, List<String> remove) {

  public static final HeaderOperations NONE = new HeaderOperations(Map.of(), Map.of(), List.of());

  public HeaderOperations {
    set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(set));
    add = add == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(add));
    remove = remove == null ? List.of() : List.copyOf(remove);
  }

  public boolean isEmpty() {
    return set.isEmpty() && add.isEmpty() && remove.isEmpty();
  }
}
