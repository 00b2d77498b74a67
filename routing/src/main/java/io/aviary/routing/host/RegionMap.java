package io.aviary.routing.host;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable open-addressing hash map from lower-case names to values, looked up by a region of a string
 * compared case-insensitively. It exists so that finding {@code example.com} in {@code Example.COM:8080} builds
 * no substring and no lower-cased copy.
 */
final class RegionMap<T> {

  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final boolean empty;

  RegionMap(Map<String, T> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 + 1)) << 1;
    this.keys = new String[capacity];
    this.values = new Object[capacity];
    this.mask = capacity - 1;
    this.empty = entries.isEmpty();
    for (Map.Entry<String, T> entry : entries.entrySet()) {
      insert(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
    }
  }

  private void insert(String key, T value) {
    int slot = hash(key, 0, key.length()) & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(key)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The value for {@code text[from, to)}, ignoring ASCII case, or {@code null}. */
  @SuppressWarnings("unchecked")
  @Nullable T get(String text, int from, int to) {
    if (empty) {
      return null;
    }
    int length = to - from;
    int slot = hash(text, from, to) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (key.length() == length && key.regionMatches(true, 0, text, from, length)) {
        return (T) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }


  boolean isEmpty() {
    return empty;
  }

  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      h = 31 * h + c;
    }
    return h ^ (h >>> 16);
  }
}
