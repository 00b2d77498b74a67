package io.aviary.embedded.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies {@code examples/next-canary/} into the demo's folder with the WorkloadEntries pointing at the demo app
 * instances' ports: the demo runs the example as written, only where the versions listen differs.
 */
final class DemoConfig {

  static final int EXAMPLE_V1_PORT = 9081;
  static final int EXAMPLE_V2_PORT = 9082;

  private DemoConfig() {}

  static Path write(Path example, Path folder, int v1Port, int v2Port) throws IOException {
    if (!Files.isRegularFile(example.resolve("workload-entries.yaml"))) {
      throw new IOException("no example at " + example + " (expected workload-entries.yaml there)");
    }
    Path config = Files.createDirectories(folder.resolve("config"));
    try (Stream<Path> files = Files.list(example)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        String yaml = Files.readString(file);
        if (file.getFileName().toString().equals("workload-entries.yaml")) {
          yaml = yaml.replace("http: " + EXAMPLE_V1_PORT, "http: " + v1Port)
              .replace("http: " + EXAMPLE_V2_PORT, "http: " + v2Port);
        }
        Files.writeString(config.resolve(file.getFileName()), yaml);
      }
    }
    return config;
  }
}
