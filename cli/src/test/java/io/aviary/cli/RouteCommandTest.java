package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.SampleManifests;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RouteCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String vsFile, String... options) {
    List<String> args = new ArrayList<>(List.of("route"));
    for (Path path : SampleManifests.seedBase()) {
      args.add(path.toString());
    }
    args.add(SampleManifests.seed(vsFile).toString());
    args.addAll(List.of(options));
    CommandLine commandLine = AviaryCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args.toArray(String[]::new));
  }

  private JsonNode json() {
    return JsonMapper.builder().build().readTree(out.toString());
  }

  @Test
  void printsTheChosenDestinationAndSampledCountsAsJson() {
    int exit = run("next-virtual-service-90-10.yaml", "--gateway", "default/next-gateway", "--host", "next.example.com",
        "--samples", "1000", "--seed", "7", "--output", "json");
    assertThat(exit).isZero();
    JsonNode json = json();
    assertThat(json.get("gateway").asString()).isEqualTo("default/next-gateway");
    assertThat(json.get("virtualService").asString()).isEqualTo("default/next-virtual-service");
    assertThat(json.get("route").get("index").asInt()).isZero();
    assertThat(json.get("route").get("name").isNull()).isTrue();
    assertThat(json.get("action").asString()).isEqualTo("forward");
    assertThat(json.get("status").isNull()).isTrue();
    assertThat(json.get("destination").get("host").asString()).isEqualTo("next-service.default.svc.cluster.local");
    assertThat(json.get("destination").get("port").asInt()).isEqualTo(80);
    int total = 0;
    for (JsonNode sample : json.get("samples")) {
      total += sample.get("count").asInt();
    }
    assertThat(total).isEqualTo(1000);
    assertThat(json.get("samples").get(0).get("count").asInt()).isBetween(850, 950);
  }

  @Test
  void sendsChromeUsersToTheCanary() {
    run("next-virtual-service-chrome-v2.yaml", "--gateway", "default/next-gateway", "--host", "next.example.com",
        "--header", "User-Agent: Mozilla/5.0 Chrome/131.0", "--output", "json");
    assertThat(json().get("destination").get("subset").asString()).isEqualTo("v2");
  }

  @Test
  void aMeshRequestForAGatewayOnlyHostIsANoRouteDecisionWithExitZero() {
    int exit = run("next-virtual-service-90-10.yaml", "--host", "next.example.com", "--output", "json");
    assertThat(exit).isZero();
    assertThat(json().get("gateway").asString()).isEqualTo("mesh");
    assertThat(json().get("action").asString()).isEqualTo("noRoute");
    assertThat(json().get("destination").isNull()).isTrue();
    assertThat(json().get("virtualService").isNull()).isTrue();
  }

  @Test
  void explainsInTextWithSharesAsPercentages() {
    run("next-virtual-service-50-50.yaml", "--gateway", "default/next-gateway", "--host", "next.example.com",
        "--samples", "100");
    assertThat(out.toString()).startsWith("forward to next-service.default.svc.cluster.local subset")
        .contains("matched rule #0 of VirtualService default/next-virtual-service").contains("%  next-service");
  }

  @Test
  void unreadableInputExitsWithTwo() {
    CommandLine commandLine = AviaryCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute("route", "/no/such/file.yaml", "--host", "x");
    assertThat(exit).isEqualTo(2);
  }
}
