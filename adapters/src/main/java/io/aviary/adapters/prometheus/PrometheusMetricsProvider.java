package io.aviary.adapters.prometheus;

import io.aviary.adapters.http.BoundedExchange;
import io.aviary.adapters.http.BoundedExchange.Outcome;
import io.aviary.adapters.http.HttpTarget;
import io.aviary.adapters.http.RedactedUrl;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.port.MetricQuery;
import io.aviary.controller.port.MetricsProvider;
import io.aviary.model.ResourceSet;
import io.aviary.model.flagger.MetricTemplate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Answers checks that name a MetricTemplate with provider {@code prometheus}: the template comes from the config
 * store's current resources at each query (so an edited template applies at the next tick), its query is rendered
 * with Flagger's variables and run as an instant query at {@code {address}/api/v1/query}. Every failure, from a
 * missing template to an unreachable Prometheus, is a {@link QueryResult.Failed} whose reason names the metric and
 * template; it never throws, as the port requires.
 */
public final class PrometheusMetricsProvider implements MetricsProvider {

  /** Flagger's Prometheus client gives a query 5 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_ANSWER_BYTES = 1 << 20;

  private final Supplier<ResourceSet> resources;
  private final BoundedExchange http;
  private final Duration timeout;

  /** Over HTTP/1.1, as Flagger's Go client speaks to an {@code http://} Prometheus, with a 5-second timeout. */
  public PrometheusMetricsProvider(Supplier<ResourceSet> resources) {
    this(resources, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(DEFAULT_TIMEOUT)
        .build(), DEFAULT_TIMEOUT);
  }

  /** {@code timeout} bounds each query as a whole: connecting, waiting and reading the answer. */
  public PrometheusMetricsProvider(Supplier<ResourceSet> resources, HttpClient client, Duration timeout) {
    this.resources = resources;
    this.http = new BoundedExchange(client);
    this.timeout = timeout;
  }

  @Override
  public QueryResult query(MetricQuery query) {
    return switch (TemplateLookup.find(resources.get(), query)) {
      case TemplateLookup.Found.Missing missing -> new QueryResult.Failed(missing.reason());
      case TemplateLookup.Found.Template found -> run(query, found.template());
    };
  }

  private QueryResult run(MetricQuery query, MetricTemplate template) {
    String where = "metric %s (MetricTemplate %s)".formatted(query.check().name(), template.id().qualifiedName());
    String unsupported = unsupported(template.spec().provider());
    if (unsupported != null) {
      return new QueryResult.Failed(where + ": " + unsupported);
    }
    URI address = HttpTarget.parse(template.spec().provider().address()).orElse(null);
    if (address == null) {
      return new QueryResult.Failed(where + ": provider.address is not an http(s) URL");
    }
    String text = template.spec().query() == null ? "" : template.spec().query();
    if (text.isBlank()) {
      return new QueryResult.Failed(where + ": query is empty");
    }
    return switch (QueryTemplate.render(text, model(query))) {
      case QueryTemplate.Rendering.Invalid invalid -> new QueryResult.Failed(where + ": " + invalid.reason());
      case QueryTemplate.Rendering.Rendered rendered -> ask(where, address, rendered.query());
    };
  }

  /** Why embedded mode cannot use this provider, or null when it can. */
  private static @Nullable String unsupported(MetricTemplate.@Nullable Provider provider) {
    if (provider == null || provider.type() == null || provider.type().isBlank()) {
      return "provider.type is missing (expected: prometheus)";
    }
    if (!provider.type().equals("prometheus")) {
      return "provider %s is not supported (expected: prometheus)".formatted(provider.type());
    }
    if (provider.secretRef() != null) {
      return "provider.secretRef names a Kubernetes Secret, which embedded mode cannot read; "
          + "use a Prometheus reachable without credentials";
    }
    if (Boolean.TRUE.equals(provider.insecureSkipVerify())) {
      return "provider.insecureSkipVerify is not supported in embedded mode";
    }
    if (provider.address() == null || provider.address().isBlank()) {
      return "provider.address is missing (expected: Prometheus' URL, e.g. http://localhost:9090)";
    }
    return null;
  }

  private static TemplateModel model(MetricQuery query) {
    return new TemplateModel(query.canary().name(), query.canary().namespace(), query.target(),
        PrometheusDuration.format(query.check().window()), query.check().templateVariables());
  }

  private QueryResult ask(String where, URI address, String promql) {
    URI uri = InstantQuery.uri(address, promql, null);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").build();
    return switch (http.send(request, timeout, MAX_ANSWER_BYTES)) {
      case Outcome.NoAnswer none -> new QueryResult.Failed(
          "%s: Prometheus at %s: %s".formatted(where, RedactedUrl.of(address), none.reason()));
      case Outcome.Answered answered when answered.truncated() -> new QueryResult.Failed(
          "%s: Prometheus' answer is larger than %d bytes".formatted(where, MAX_ANSWER_BYTES));
      case Outcome.Answered answered -> withContext(where, PrometheusAnswer.read(answered.status(), answered.body()));
    };
  }

  private static QueryResult withContext(String where, QueryResult result) {
    return result instanceof QueryResult.Failed failed
        ? new QueryResult.Failed(where + ": " + failed.reason()) : result;
  }
}
