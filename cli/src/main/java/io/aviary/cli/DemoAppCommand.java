package io.aviary.cli;

import io.aviary.demoapp.DemoApp;
import io.aviary.demoapp.DemoAppSettings;
import io.aviary.model.GoDuration;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aviary demo-app}: the demo's backend, one version per process, until SIGTERM or Ctrl-C. Its own
 * {@code --version} names the app's version, so the standard {@code -V/--version} is not mixed in here.
 */
@Command(
    name = "demo-app",
    sortOptions = false,
    description = {
      "Run a small HTTP app that answers every request with 200 and {\"app\":\"next\",\"version\":V,...} (header",
      "x-version: V), a share of them with 500 (--error-rate) and all after a delay (--latency). GET /healthz is",
      "always 200 at once. A backend for the demo, load tests and `aviary run` against WorkloadEntries."
    })
final class DemoAppCommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--version", required = true, paramLabel = "V", description = "The version it reports, e.g. v2.")
  String version;

  @Option(names = "--port", defaultValue = "9080", paramLabel = "P", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--error-rate", defaultValue = "0", paramLabel = "R",
      description = "Share of requests answered 500, 0..1 (default: ${DEFAULT-VALUE}).")
  double errorRate;

  @Option(names = "--latency", defaultValue = "0", paramLabel = "D",
      description = "Delay before every answer, a Go duration such as 150ms or 1s (default: ${DEFAULT-VALUE}).")
  String latency;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for choosing the failing requests (default: random).")
  Long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    DemoAppSettings settings = settings();
    DemoApp app;
    try {
      app = DemoApp.start(settings);
    } catch (IOException e) {
      spec.commandLine().getErr().println("aviary demo-app: cannot listen on %s:%d: %s"
          .formatted(settings.bind(), settings.port(), e.getMessage()));
      return ExitCodes.FINDINGS_WITH_ERRORS;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("demo-app %s listening on %s".formatted(settings.version(), app.uri()));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      out.println("demo-app %s stopped".formatted(settings.version()));
      out.flush();
      stopped.countDown();
    }, "demo-app-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }

  /** The options as settings; a bad value is a usage error naming the option, as picocli's own are. */
  DemoAppSettings settings() {
    Duration delay = GoDuration.parse(latency).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--latency: %s (expected: a Go duration such as 150ms or 1s)".formatted(latency)));
    try {
      return new DemoAppSettings(version, bind, port, errorRate, delay, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
  }
}
