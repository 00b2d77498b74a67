package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code aviary run} in the middle of a rollout, then a restart on the same state directory: the
 * canary resumes at the phase, weight and failed-check count it had, and the first requests are routed by them.
 */
class CrashResumeIT {

  private static final Path EXAMPLE = Path.of("..", "examples", "next-canary").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target", "aviary.jar").toAbsolutePath();

  @TempDir Path folder;
  private final UpstreamStub v1 = UpstreamStub.start("v1");
  private final UpstreamStub v2 = UpstreamStub.start("v2");
  private final HttpClient http = HttpClient.newHttpClient();
  private Process aviary;

  @AfterEach
  void stop() {
    if (aviary != null) {
      aviary.destroyForcibly();
    }
    v1.close();
    v2.close();
  }

  @Test
  void resumesTheRolloutWhereTheKilledProcessLeftIt() throws Exception {
    Path config = Files.createDirectories(folder.resolve("config"));
    Files.copy(EXAMPLE.resolve("seed.yaml"), config.resolve("seed.yaml"));
    Files.writeString(config.resolve("workload-entries.yaml"), Files.readString(EXAMPLE.resolve(
        "workload-entries.yaml")).replace("http: 9081", "http: " + v1.port()).replace("http: 9082", "http: " + v2.port()));
    // No load: the checks find no data, so the run holds at the first step's weight, a rollout mid-way.
    // Flagger's checks only (no judge), so nothing but the interval moves the run.
    String canary = Files.readString(EXAMPLE.resolve("canary.yaml"));
    canary = RunningExample.edit(canary, "interval: 10s", "interval: 3s");
    canary = RunningExample.edit(canary, "    judge:\n      type: sequential\n", "");
    canary = RunningExample.edit(canary, "stepWeights: [10, 20, 50]", "stepWeights: [30, 60]");
    Files.writeString(config.resolve("canary.yaml"), canary);
    int port = freePort();
    String state = folder.resolve("state").toString();

    aviary = start(config, port, state);
    await().atMost(Duration.ofSeconds(30)).until(() -> status(state).contains("\"canaryWeight\" : 30"));
    String before = status(state);
    aviary.destroyForcibly().waitFor();

    // The restart also moves to the transport every machine has: state is independent of how sockets are driven.
    aviary = start(config, port, state, "--transport", "nio");
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> get(port) != null);
    assertThat(Files.readAllLines(folder.resolve("aviary.log"))).contains("I/O: nio transport, 1 event-loop thread");
    int toV2 = 0;
    for (int i = 0; i < 100; i++) {
      toV2 += "v2".equals(get(port)) ? 1 : 0;
    }
    assertThat(toV2).as("requests to v2 of the first 100 after the restart").isBetween(15, 45);
    String after = status(state);
    assertThat(field(after, "phase")).isEqualTo(field(before, "phase")).isEqualTo("Progressing");
    assertThat(field(after, "canaryWeight")).isEqualTo("30");
    assertThat(field(after, "failedChecks")).isEqualTo(field(before, "failedChecks"));
  }

  private Process start(Path config, int port, String state, String... options) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString(), "run", config.toString(),
        "--port-map", "80=" + port, "--admin", "127.0.0.1:0", "--state-dir", state, "--io-threads", "1"));
    command.addAll(List.of(options));
    return new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(folder.resolve("aviary.log").toFile()).start();
  }

  private static String status(String state) {
    CliRun run = CliRun.of("status", "--state-dir", state, "-o", "json");
    return run.exitCode() == 0 ? run.out() : "";
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\" : \"?([^\",\\n]*)").matcher(json);
    return matcher.find() ? matcher.group(1) : "";
  }

  private String get(int port) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
