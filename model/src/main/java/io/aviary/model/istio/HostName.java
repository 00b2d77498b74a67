package io.aviary.model.istio;

import java.util.Locale;

/**
 * A host as Istio compares them: lower-cased, possibly a left-most wildcard ({@code *.example.com}, or
 * {@code *} alone). Short names are expanded to FQDNs in the namespace of the rule that names them.
 */
public record HostName(String value) {

  public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";
  public static final HostName ANY = new HostName("*");

  public HostName {
    value = value.toLowerCase(Locale.ROOT);
  }

  /**
   * Istio's {@code ResolveShortnameToFQDN}: a name without a dot becomes
   * {@code name.namespace.svc.cluster.local}; anything with a dot, {@code *} and IPs are taken as they are.
   */
  public static HostName resolve(String host, String namespace) {
    if (host.equals("*") || host.contains(".") || host.contains(":") || host.isEmpty()) {
      return new HostName(host);
    }
    return new HostName(host + "." + namespace + ".svc." + DEFAULT_CLUSTER_DOMAIN);
  }

  public boolean isWildcard() {
    return value.startsWith("*");
  }

  /** For {@code *.example.com}, {@code .example.com}; for {@code *}, the empty string. */
  public String wildcardSuffix() {
    return value.substring(1);
  }

  /**
   * Whether a concrete request host is covered by this host: equal, or ending with the wildcard's suffix. A
   * wildcard never matches the empty prefix ({@code *.foo.com} does not match {@code .foo.com}).
   */
  public boolean covers(String requestHost) {
    String host = requestHost.toLowerCase(Locale.ROOT);
    if (!isWildcard()) {
      return value.equals(host);
    }
    String suffix = wildcardSuffix();
    return host.length() > suffix.length() && host.endsWith(suffix);
  }

  /** Istio's {@code Name.Matches}: whether the two sets of names intersect. */
  public boolean matches(HostName other) {
    if (isWildcard() && other.isWildcard()) {
      return value.endsWith(other.wildcardSuffix()) || other.value.endsWith(wildcardSuffix());
    }
    if (isWildcard()) {
      return covers(other.value);
    }
    if (other.isWildcard()) {
      return other.covers(value);
    }
    return value.equals(other.value);
  }

  /** Istio's {@code Name.SubsetOf}: every name this host stands for is also one of {@code other}'s. */
  public boolean subsetOf(HostName other) {
    if (isWildcard()) {
      return other.isWildcard() && wildcardSuffix().endsWith(other.wildcardSuffix());
    }
    return other.isWildcard() ? other.covers(value) : value.equals(other.value);
  }

  /** Of two intersecting hosts, the more specific one. */
  public HostName moreSpecific(HostName other) {
    return subsetOf(other) ? this : other;
  }

  @Override
  public String toString() {
    return value;
  }
}
