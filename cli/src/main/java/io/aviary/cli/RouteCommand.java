package io.aviary.cli;

import io.aviary.model.load.LoadResult;
import io.aviary.model.registry.Workloads;
import io.aviary.routing.ProxyRef;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteExplainer;
import io.aviary.routing.RouteTable;
import io.aviary.routing.RouteTableCompiler;
import io.aviary.routing.SimpleRequest;
import io.aviary.validation.Analyzers;
import io.aviary.validation.Finding;
import io.aviary.validation.Validator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aviary route}: how the given manifests route one request, explained (text) or as the JSON object the
 * acceptance checks read. Validation findings go to stderr and never stop routing; a 404 is still a decision.
 */
@Command(name = "route", mixinStandardHelpOptions = true, description = "Explain how a request is routed.")
final class RouteCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();

  @Spec CommandSpec spec;

  @Option(names = "--host", required = true, description = "The Host header (authority), may carry :port.")
  String host = "";

  @Option(names = "--port", description = "The listener port (default: the gateway's first server port).")
  @Nullable Integer port;

  @Option(names = "--method", defaultValue = "GET", description = "HTTP method (default: ${DEFAULT-VALUE}).")
  String method = "GET";

  @Option(names = "--path", defaultValue = "/", description = "Path, may carry ?query (default: ${DEFAULT-VALUE}).")
  String path = "/";

  @Option(names = "--header", paramLabel = "'Name: value'", description = "A request header; repeatable.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--gateway", defaultValue = "mesh", description = "NS/NAME of a Gateway, or mesh (default).")
  String gateway = ProxyRef.MESH;

  @Option(names = "--samples", description = "Draw N decisions and report the share of each destination.")
  @Nullable Integer samples;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the random source (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--output", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat output = OutputFormat.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult result = input.load(err);
    if (!result.readable()) {
      return ExitCodes.UNREADABLE_INPUT;
    }
    reportFindings(result, err);
    RouteTable table = RouteTableCompiler.of(result.resources());
    SimpleRequest request = request();
    SampleCounts counts = samples == null ? null : SampleCounts.draw(table, request, samples, seed);
    RouteDecision decision = table.decide(request, new SplittableRandom(seed));
    if (output == OutputFormat.json) {
      out.println(RouteJson.render(request.proxy(), decision, counts));
    } else {
      RouteText.render(new RouteExplainer(table).explain(request, new SplittableRandom(seed)), counts, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void reportFindings(LoadResult result, PrintWriter err) {
    var embedded = Workloads.embeddedGateway(input.namespace, Workloads.EMBEDDED_GATEWAY_LABELS);
    for (Finding finding : new Validator(Analyzers.all(), List.of(embedded)).validate(result.manifests())) {
      err.println(finding);
    }
    err.flush();
  }

  private SimpleRequest request() {
    SimpleRequest.Builder builder = SimpleRequest.builder(ProxyRef.parse(gateway, input.namespace), host)
        .port(port).method(method).path(path).scheme("http");
    for (String header : headers) {
      int colon = header.indexOf(':', 1);
      if (colon < 0) {
        throw new ParameterException(spec.commandLine(), "--header: " + header + " (expected: 'Name: value')");
      }
      builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    return builder.build();
  }
}
