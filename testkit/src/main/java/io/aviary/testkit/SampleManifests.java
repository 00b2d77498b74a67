package io.aviary.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manifests tests run against, shipped in this module (see {@code manifests/SOURCES.md}): the seed guide's
 * manifests, Istio's samples and Flagger's end-to-end material. They are copied once per JVM to a temporary
 * folder so that tests, like users, pass real files to the loader.
 */
public final class SampleManifests {

  private static final String ROOT = "io/aviary/testkit/manifests";
  private static volatile Path extracted;

  private SampleManifests() {}

  /** The folder holding {@code seed/}, {@code istio-samples/}, {@code flagger/} and {@code aviary/}. */
  public static Path root() {
    Path local = extracted;
    if (local == null) {
      synchronized (SampleManifests.class) {
        if (extracted == null) {
          extracted = extract();
        }
        local = extracted;
      }
    }
    return local;
  }

  /** A file of the seed guide's manifests, e.g. {@code next-virtual-service-90-10.yaml}. */
  public static Path seed(String fileName) {
    return root().resolve("seed/manifests").resolve(fileName);
  }

  /** The seed's Service, Gateway and DestinationRule: the base every seed step's VirtualService goes with. */
  public static List<Path> seedBase() {
    return List.of(seed("next-service.yaml"), seed("next-gateway.yaml"), seed("next-destination-rule.yaml"));
  }

  public static Path istioSample(String relative) {
    return root().resolve("istio-samples").resolve(relative);
  }

  /** Aviary's own resources ({@code aviary.io/v1alpha1}) written for the tests, e.g. {@code next-canary.yaml}. */
  public static Path aviary(String relative) {
    return root().resolve("aviary").resolve(relative);
  }

  public static Path flagger(String relative) {
    return root().resolve("flagger").resolve(relative);
  }

  private static Path extract() {
    URL url = SampleManifests.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("test manifests not on the classpath: " + ROOT);
    }
    try {
      Path target = Files.createTempDirectory("aviary-manifests");
      target.toFile().deleteOnExit();
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar = jarFileSystem(uri);
        copyTree(jar.getPath(ROOT), target);
      } else {
        copyTree(Path.of(uri), target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path destination = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(path, destination);
        }
      }
    }
  }
}
