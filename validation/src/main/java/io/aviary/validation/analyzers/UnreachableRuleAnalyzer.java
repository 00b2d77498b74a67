package io.aviary.validation.analyzers;

import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.VirtualService;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Istio's {@code analyzeUnreachableHTTPRules}: the first matching HTTP rule wins, so a rule after a rule without
 * matches, a second rule without matches, or a rule whose matches all repeat earlier ones is never used
 * (IST0130), and a match that repeats an earlier one, or whose URI prefix an earlier prefix match already catches,
 * is never used (IST0131). Matches are compared field by field, ignoring their {@code name}.
 *
 * <p>istioctl reports these through schema validation, at the resource's first line; Aviary points at the rule
 * or the match. Only {@code http} rules are checked (Aviary does not model {@code tcp}/{@code tls} routes).
 */
public final class UnreachableRuleAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.VIRTUAL_SERVICE_UNREACHABLE_RULE.code(),
        IstioMessage.VIRTUAL_SERVICE_INEFFECTIVE_MATCH.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (VirtualService vs : context.resources().virtualServices()) {
      List<PrefixMatchOverlap> prefixes = reportRepeats(findings, vs);
      reportCoveredPrefixes(findings, vs, prefixes);
    }
  }

  /** Reports unreachable rules and repeated matches; returns the prefix matches that remain to compare. */
  private static List<PrefixMatchOverlap> reportRepeats(Findings findings, VirtualService vs) {
    List<HttpRoute> http = vs.spec().http();
    Map<HttpMatchRequest, Integer> seen = new HashMap<>();
    List<PrefixMatchOverlap> prefixes = new ArrayList<>();
    int catchAll = -1;
    for (int r = 0; r < http.size(); r++) {
      HttpRoute route = http.get(r);
      String rulePointer = JsonPointer.of("spec", "http", r);
      if (route.match().isEmpty()) {
        if (catchAll >= 0) {
          unreachable(findings, vs, rulePointer, ruleName(route, r), "only the last rule can have no matches");
        }
        catchAll = r;
        continue;
      }
      if (catchAll >= 0) {
        unreachable(findings, vs, rulePointer, ruleName(route, r), "route without matches defined before");
        continue;
      }
      int repeats = reportRepeatedMatches(findings, vs, r, seen, prefixes);
      if (repeats == route.match().size()) {
        unreachable(findings, vs, rulePointer, ruleName(route, r), "all matches used by prior rules");
      }
    }
    return prefixes;
  }

  /**
   * Reports the matches of rule {@code r} that repeat an earlier match, remembers the others, and returns how
   * many repeated.
   */
  private static int reportRepeatedMatches(
      Findings findings, VirtualService vs, int r, Map<HttpMatchRequest, Integer> seen,
      List<PrefixMatchOverlap> prefixes) {
    List<HttpRoute> http = vs.spec().http();
    HttpRoute route = http.get(r);
    int repeats = 0;
    for (int m = 0; m < route.match().size(); m++) {
      HttpMatchRequest match = route.match().get(m);
      String matchPointer = JsonPointer.of("spec", "http", r, "match", m);
      Integer earlier = seen.putIfAbsent(withoutName(match), r);
      if (earlier != null) {
        IstioMessage.VIRTUAL_SERVICE_INEFFECTIVE_MATCH.report(findings, vs, matchPointer,
            ruleName(route, r), matchName(match, m), ruleName(http.get(earlier), earlier));
        repeats++;
      } else {
        PrefixMatchOverlap.of(ruleName(route, r), matchName(match, m), matchPointer, match).ifPresent(prefixes::add);
      }
    }
    return repeats;
  }

  private static void reportCoveredPrefixes(Findings findings, VirtualService vs, List<PrefixMatchOverlap> prefixes) {
    for (int i = 0; i < prefixes.size(); i++) {
      PrefixMatchOverlap earlier = prefixes.get(i);
      for (int j = i + 1; j < prefixes.size(); j++) {
        PrefixMatchOverlap later = prefixes.get(j);
        if (!later.prefix().equals(earlier.prefix()) && earlier.covers(later)) {
          IstioMessage.VIRTUAL_SERVICE_INEFFECTIVE_MATCH.report(findings, vs, later.pointer(), later.rule(),
              later.match() + " of prefix " + later.prefix(),
              earlier.match() + " of prefix " + earlier.prefix() + " on " + earlier.rule());
        }
      }
    }
  }

  private static void unreachable(Findings findings, VirtualService vs, String pointer, String rule, String reason) {
    IstioMessage.VIRTUAL_SERVICE_UNREACHABLE_RULE.report(findings, vs, pointer, rule, reason);
  }

  /** Istio's {@code routeName}: the quoted rule name, or {@code #index} when it has none. */
  private static String ruleName(HttpRoute route, int index) {
    return route.name() == null || route.name().isEmpty() ? "#" + index : GoFormat.quote(route.name());
  }

  private static String matchName(HttpMatchRequest match, int index) {
    return match.name() == null || match.name().isEmpty() ? "#" + index : GoFormat.quote(match.name());
  }

  /** The match as Istio compares it: without its name, and with unset and zero-valued fields alike. */
  private static HttpMatchRequest withoutName(HttpMatchRequest match) {
    return new HttpMatchRequest(null, match.uri(), match.scheme(), match.method(), match.authority(),
        match.headers(), match.port() == null || match.port() == 0 ? null : match.port(), match.sourceLabels(),
        match.gateways(), match.queryParams(), match.ignoresUriCase() ? Boolean.TRUE : null,
        match.withoutHeaders(), blankToNull(match.sourceNamespace()), blankToNull(match.statPrefix()));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
