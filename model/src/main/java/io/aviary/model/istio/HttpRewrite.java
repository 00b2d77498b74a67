package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** Rewrites applied before forwarding: the matched URI prefix, a regex rewrite, or the authority. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpRewrite(
    @Nullable String uri, @Nullable String authority, @Nullable RegexRewrite uriRegexRewrite) {

  /** RE2 {@code match} and its replacement with {@code \1}-style groups. */
  public record RegexRewrite(@Nullable String match, @Nullable String rewrite) {}
}
