package io.aviary.routing.match;

import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles one HTTPMatchRequest into a {@link MatchBlock}, the way Istio's {@code TranslateRouteMatch} builds an
 * Envoy route match. Which blocks apply to which proxy ({@code gateways}, {@code port} at gateways) is decided
 * before this, by the caller.
 */
public final class MatchCompiler {

  /** Header keys the API documents as ignored inside {@code headers}: they have fields of their own. */
  private static final Set<String> IGNORED_HEADER_KEYS = Set.of("uri", "scheme", "method", "authority");

  private MatchCompiler() {}

  /**
   * @param mesh whether the block is for sidecars, where {@code sourceNamespace}, {@code sourceLabels} and
   *     {@code port} become per-request client conditions
   */
  public static MatchBlock compile(HttpMatchRequest match, boolean mesh) {
    List<Condition> conditions = new ArrayList<>();
    if (match.uri() != null) {
      conditions.add(new PathCondition(ValueMatcher.compile(match.uri(), match.ignoresUriCase())));
    }
    addPseudoHeader(conditions, ":scheme", match.scheme());
    addPseudoHeader(conditions, ":method", match.method());
    addPseudoHeader(conditions, ":authority", match.authority());
    addHeaders(conditions, match.headers(), false);
    addHeaders(conditions, match.withoutHeaders(), true);
    for (Map.Entry<String, StringMatch> query : match.queryParams().entrySet()) {
      conditions.add(new QueryCondition(query.getKey(), ValueMatcher.compile(query.getValue(), false)));
    }
    boolean headerFree = conditions.size() == (match.uri() == null ? 0 : 1);
    if (mesh && hasClientFields(match)) {
      conditions.add(new ClientCondition(match.sourceNamespace(), match.sourceLabels(), match.port()));
      headerFree = false;
    }
    return new MatchBlock(conditions, headerFree && catchAllPath(match.uri()));
  }

  /** The block of a rule without {@code match}: it accepts every request. */
  public static MatchBlock everything() {
    return new MatchBlock(List.of(), true);
  }

  private static boolean hasClientFields(HttpMatchRequest match) {
    return match.sourceNamespace() != null || !match.sourceLabels().isEmpty() || match.port() != null;
  }

  private static boolean catchAllPath(@Nullable StringMatch uri) {
    return uri == null
        || (uri instanceof StringMatch.Prefix prefix && prefix.value().equals("/"))
        || (uri instanceof StringMatch.Regex regex && regex.pattern().equals(".*"));
  }

  private static void addPseudoHeader(List<Condition> conditions, String name, @Nullable StringMatch match) {
    if (match != null) {
      conditions.add(new HeaderCondition(name, HeaderReader.forName(name), ValueMatcher.compile(match, false), false));
    }
  }

  private static void addHeaders(List<Condition> conditions, Map<String, StringMatch> headers, boolean inverted) {
    for (Map.Entry<String, StringMatch> header : headers.entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (IGNORED_HEADER_KEYS.contains(name)) {
        continue;
      }
      ValueMatcher matcher = ValueMatcher.compile(header.getValue(), false);
      conditions.add(new HeaderCondition(name, HeaderReader.forName(name), matcher, inverted));
    }
  }
}
