package io.aviary.cli;

import io.aviary.embedded.state.InstanceInfo;
import io.aviary.embedded.state.StateDirectory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Talks to a running {@code aviary run}'s admin API; every failure is a {@link ControlException} saying why. */
final class ControlClient {

  record Answer(int status, String body) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;
  private final Path tokenFile;

  private ControlClient(String base, Path tokenFile) {
    this.base = base;
    this.tokenFile = tokenFile;
  }

  static ControlClient of(ControlOptions options) {
    if (options.admin != null) {
      if (options.tokenFile == null) {
        throw new ControlException("--admin needs --admin-token-file (the token file aviary run wrote)");
      }
      return new ControlClient("http://" + options.admin, options.tokenFile);
    }
    StateDirectory state = new StateDirectory(options.stateDir);
    InstanceInfo instance = state.instance().orElseThrow(() -> new ControlException(
        "no running aviary found: %s has no instance.json (start aviary run, or give --state-dir or --admin)"
            .formatted(state.root())));
    return new ControlClient("http://" + instance.adminHost() + ":" + instance.adminPort(),
        Path.of(instance.tokenFile()));
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer post(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (ConnectException e) {
      throw new ControlException("aviary run at %s is not answering (is it running?)".formatted(base));
    } catch (IOException e) {
      throw new ControlException("aviary run at %s: %s".formatted(base, e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ControlException("interrupted");
    }
  }

  private String token() {
    try {
      return Files.readString(tokenFile).strip();
    } catch (IOException e) {
      throw new ControlException("cannot read the admin token file %s: %s".formatted(tokenFile, e.getMessage()));
    }
  }
}
