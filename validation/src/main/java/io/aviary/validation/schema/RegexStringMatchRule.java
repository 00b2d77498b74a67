package io.aviary.validation.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.List;
import java.util.Set;

/**
 * Every StringMatch of a VirtualService must be usable by Envoy: a regex must compile as RE2 (Java-only syntax
 * such as back-references or lookaround is rejected, as Istio's Go validation rejects it) and be at most 1024
 * characters; {@code prefix} and {@code regex} must not be empty. {@code regex: "*"} in headers, withoutHeaders and
 * queryParams is Istio's presence check, not a regex, and is allowed. Messages are Istio's.
 */
public final class RegexStringMatchRule implements Analyzer {

  private static final int MAX_REGEX_LENGTH = 1024;
  private static final String RE2_HINT =
      "; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)";
  private static final List<String> SINGLE_MATCHES = List.of("uri", "scheme", "method", "authority");
  private static final List<String> MAP_MATCHES = List.of("headers", "withoutHeaders", "queryParams");

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : IstioNetworking.ofKind(context, "VirtualService")) {
      for (Located route : IstioNetworking.httpRoutes(manifest)) {
        checkRoute(manifest, route, findings);
      }
    }
  }

  private void checkRoute(Manifest manifest, Located route, Findings findings) {
    for (Located match : route.child("match").items()) {
      for (String field : SINGLE_MATCHES) {
        checkStringMatch(manifest, match.child(field), field, field.equals("uri"), findings);
      }
      for (String field : MAP_MATCHES) {
        for (Located entry : match.child(field).members()) {
          if (!"*".equals(entry.node().path("regex").asString(null))) {
            checkStringMatch(manifest, entry, field, false, findings);
          }
        }
      }
    }
    for (Located origin : route.child("corsPolicy").child("allowOrigins").items()) {
      checkStringMatch(manifest, origin, "corsPolicy.allowOrigins", false, findings);
    }
    Located rewriteMatch = route.child("rewrite").child("uriRegexRewrite").child("match");
    if (rewriteMatch.node().isString()) {
      checkRegex(manifest, rewriteMatch, "HTTPRewrite.UriRegexRewrite.Match", findings);
    }
  }

  private void checkStringMatch(
      Manifest manifest, Located match, String where, boolean emptyPrefixAllowed, Findings findings) {
    Located prefix = match.child("prefix");
    if (!emptyPrefixAllowed && prefix.node().isString() && prefix.node().asString().isEmpty()) {
      report(manifest, prefix, "\"%s\": prefix string match should not be empty".formatted(where), findings);
    }
    Located regex = match.child("regex");
    if (regex.node().isString()) {
      checkRegex(manifest, regex, where, findings);
    }
  }

  private void checkRegex(Manifest manifest, Located regex, String where, Findings findings) {
    String pattern = regex.node().asString();
    if (pattern.isEmpty()) {
      report(manifest, regex, "\"%s\": regex string match should not be empty".formatted(where), findings);
    } else if (pattern.length() > MAX_REGEX_LENGTH) {
      report(manifest, regex,
          "\"%s\": regex is too large, max length allowed is %d".formatted(where, MAX_REGEX_LENGTH), findings);
    } else {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        report(manifest, regex, "\"%s\": %s%s".formatted(where, e.getMessage(), RE2_HINT), findings);
      }
    }
  }

  private static void report(Manifest manifest, Located field, String detail, Findings findings) {
    SchemaValidationError.report(findings, manifest.resource(), field.pointer(), detail);
  }
}
