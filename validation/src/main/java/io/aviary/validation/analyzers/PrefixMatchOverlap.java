package io.aviary.validation.analyzers;

import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.StringMatch;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A URI-prefix match reduced to what Istio compares when it looks for a later prefix match that an earlier one
 * already catches ({@code genMatchHTTPRoutes} / {@code coveredValidation} in Istio's validation): the prefix,
 * port, and the exact or prefix values of method, authority, headers, query parameters and withoutHeaders, each
 * written {@code exact:v} or {@code prefix:v} (regex and presence matches become empty, and a missing method
 * counts as {@code exact:GET}).
 *
 * @param rule how messages name the rule, {@code "name"} or {@code #index}
 * @param match how messages name the match, {@code "name"} or {@code #index}
 * @param pointer where the match is written
 */
record PrefixMatchOverlap(
    String rule,
    String match,
    String pointer,
    String prefix,
    int port,
    String method,
    String authority,
    Map<String, String> headers,
    Map<String, String> queryParams,
    Map<String, String> withoutHeaders) {

  /** The comparable form of {@code request}, or empty when it has no non-empty URI prefix. */
  static Optional<PrefixMatchOverlap> of(String rule, String match, String pointer, HttpMatchRequest request) {
    if (!(request.uri() instanceof StringMatch.Prefix prefix) || prefix.value().isEmpty()) {
      return Optional.empty();
    }
    String method = exactOrPrefix(request.method());
    return Optional.of(new PrefixMatchOverlap(rule, match, pointer, prefix.value(),
        request.port() == null ? 0 : request.port(),
        method.isEmpty() ? "exact:GET" : method,
        exactOrPrefix(request.authority()),
        values(request.headers()), values(request.queryParams()), values(request.withoutHeaders())));
  }

  /** Whether this earlier match catches every request {@code later} would, by Istio's (lenient) rules. */
  boolean covers(PrefixMatchOverlap later) {
    return later.prefix.startsWith(prefix)
        && port == later.port
        && valueCovers(method, later.method)
        && valueCovers(authority, later.authority)
        && mapCovers(headers, later.headers)
        && mapCovers(queryParams, later.queryParams)
        && mapCovers(withoutHeaders, later.withoutHeaders);
  }

  private static boolean valueCovers(String earlier, String later) {
    return earlier.equals(later) || earlier.startsWith(later);
  }

  private static boolean mapCovers(Map<String, String> earlier, Map<String, String> later) {
    if (earlier.size() != later.size()) {
      return false;
    }
    for (var entry : earlier.entrySet()) {
      String other = later.get(entry.getKey());
      if (other == null || !valueCovers(entry.getValue(), other)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> values(Map<String, StringMatch> matches) {
    Map<String, String> values = new LinkedHashMap<>();
    matches.forEach((key, value) -> values.put(key, exactOrPrefix(value)));
    return values;
  }

  private static String exactOrPrefix(@Nullable StringMatch match) {
    return switch (match) {
      case StringMatch.Exact exact when !exact.value().isEmpty() -> "exact:" + exact.value();
      case StringMatch.Prefix prefix when !prefix.value().isEmpty() -> "prefix:" + prefix.value();
      case null, default -> "";
    };
  }
}
