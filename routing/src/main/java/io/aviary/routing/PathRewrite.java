package io.aviary.routing;

import com.google.re2j.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A compiled {@code rewrite} of the path: either Envoy's {@code prefix_rewrite} (the matched prefix replaced by
 * {@code uri}) or {@code regex_rewrite} ({@code uriRegexRewrite}). The query string is kept, a fragment dropped.
 *
 * @param matchedPrefix the part of the path the match block matched: the exact value or prefix, {@code "/"}
 *     for blocks without {@code uri}; {@code null} for regex matches, where the whole path is replaced
 */
public record PathRewrite(
    @Nullable String uri,
    @Nullable String matchedPrefix,
    @Nullable Pattern regex,
    @Nullable String regexReplacement) {

  /** The path to send upstream for {@code path} (which may carry a query). */
  public String apply(String path) {
    int hash = path.indexOf('#');
    String withoutFragment = hash < 0 ? path : path.substring(0, hash);
    int question = withoutFragment.indexOf('?');
    String pathOnly = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
    String query = question < 0 ? "" : withoutFragment.substring(question);
    return rewritePath(pathOnly) + query;
  }

  private String rewritePath(String pathOnly) {
    if (regex != null && regexReplacement != null) {
      return regex.matcher(pathOnly).replaceAll(regexReplacement);
    }
    if (uri == null) {
      return pathOnly;
    }
    if (matchedPrefix == null || pathOnly.length() < matchedPrefix.length()) {
      return uri;
    }
    return uri + pathOnly.substring(matchedPrefix.length());
  }
}
