package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One match block of an HTTP route. Its conditions are ANDed; the blocks of a route are ORed. Header and
 * query-parameter maps keep the order they were written in, so explanations follow the manifest.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpMatchRequest(
    @Nullable String name,
    @Nullable StringMatch uri,
    @Nullable StringMatch scheme,
    @Nullable StringMatch method,
    @Nullable StringMatch authority,
    Map<String, StringMatch> headers,
    @Nullable Integer port,
    Map<String, String> sourceLabels,
    List<String> gateways,
    Map<String, StringMatch> queryParams,
    @Nullable Boolean ignoreUriCase,
    Map<String, StringMatch> withoutHeaders,
    @Nullable String sourceNamespace,
    @Nullable String statPrefix) {

  public HttpMatchRequest {
    headers = ordered(headers);
    sourceLabels = sourceLabels == null ? Map.of() : Map.copyOf(sourceLabels);
    gateways = gateways == null ? List.of() : List.copyOf(gateways);
    queryParams = ordered(queryParams);
    withoutHeaders = ordered(withoutHeaders);
  }

  private static <V> Map<String, V> ordered(@Nullable Map<String, V> map) {
    return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  public boolean ignoresUriCase() {
    return Boolean.TRUE.equals(ignoreUriCase);
  }
}
