package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code aviary demo-app} as its own process: the start line, answers, and a clean stop on SIGTERM. */
class DemoAppCommandIT {

  private static final Pattern LISTENING = Pattern.compile("demo-app v2 listening on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void printsWhereItListensServesAndStopsOnSigterm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        AviaryCommand.class.getName(), "demo-app", "--version", "v2", "--port", "0").redirectErrorStream(true).start();
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      Matcher started = LISTENING.matcher(String.valueOf(output.readLine()));
      assertThat(started.matches()).as("first line").isTrue();

      try (HttpClient client = HttpClient.newHttpClient()) {
        HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(URI.create(started.group(1) + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-version")).hasValue("v2");
      }

      // Process.destroy() would also close our end of its output; the handle only sends SIGTERM.
      assertThat(process.toHandle().destroy()).isTrue();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
      assertThat(output.lines().toList()).isEqualTo(List.of("demo-app v2 stopped"));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void saysWhichAddressItCannotListenOn() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun run = CliRun.of("demo-app", "--version", "v2", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("aviary demo-app: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
      assertThat(run.out()).isEmpty();
    }
  }
}
