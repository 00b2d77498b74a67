package io.aviary.routing.host;

import io.aviary.model.istio.HostName;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Envoy's virtual-host selection by domain: an exact name first, then the longest wildcard suffix
 * ({@code *.b.example.com} before {@code *.example.com}), then {@code *}. A wildcard never matches an empty
 * label ({@code *.foo.com} does not serve {@code .foo.com}); matching ignores case and any {@code :port}.
 */
public final class DomainIndex<T> {

  private final RegionMap<T> exact;
  private final RegionMap<T> suffixes;
  private final @Nullable T any;

  private DomainIndex(Map<String, T> exact, Map<String, T> suffixes, @Nullable T any) {
    this.exact = new RegionMap<>(exact);
    this.suffixes = new RegionMap<>(suffixes);
    this.any = any;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * The value for the host part of {@code authority}, or {@code null}. A table with only {@code *} (the seed
   * guide's and most gateways' VirtualServices) answers without looking at the authority at all.
   */
  public @Nullable T find(String authority) {
    if (exact.isEmpty() && suffixes.isEmpty()) {
      return any;
    }
    return find(authority, 0, Authority.hostEnd(authority));
  }

  /** The value for the host {@code text[from, to)}, or {@code null}. */
  public @Nullable T find(String text, int from, int to) {
    T found = exact.get(text, from, to);
    if (found != null) {
      return found;
    }
    if (suffixes.isEmpty()) {
      return any;
    }
    for (int dot = text.indexOf('.', from + 1); dot >= 0 && dot < to; dot = text.indexOf('.', dot + 1)) {
      found = suffixes.get(text, dot, to);
      if (found != null) {
        return found;
      }
    }
    return any;
  }

  /** Collects domains; the first value given for a domain is kept. */
  public static final class Builder<T> {
    private final Map<String, T> exact = new LinkedHashMap<>();
    private final Map<String, T> suffixes = new LinkedHashMap<>();
    private @Nullable T any;

    public Builder<T> put(HostName domain, T value) {
      if (domain.equals(HostName.ANY)) {
        if (any == null) {
          any = value;
        }
      } else if (domain.isWildcard()) {
        suffixes.putIfAbsent(domain.wildcardSuffix(), value);
      } else {
        exact.putIfAbsent(domain.value(), value);
      }
      return this;
    }

    /** An extra exact name for a value, such as {@code reviews.default} for a mesh service. */
    public Builder<T> alias(String name, T value) {
      exact.putIfAbsent(name, value);
      return this;
    }

    public DomainIndex<T> build() {
      return new DomainIndex<>(exact, suffixes, any);
    }
  }
}
