package io.aviary.model.load;

import io.aviary.model.source.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads manifests from files, folders (recursively: {@code .yaml}, {@code .yml}, {@code .json}) and {@code -}
 * (stdin). Every readable document is decoded; every unreadable input is reported, not only the first.
 */
public final class ManifestLoader {

  public static final String STDIN = "-";
  private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final ResourceDecoder decoder;
  private final YamlTreeReader yaml = new YamlTreeReader();
  private final InputStream stdin;

  public ManifestLoader(String defaultNamespace, InputStream stdin) {
    this.decoder = new ResourceDecoder(defaultNamespace);
    this.stdin = stdin;
  }

  public ManifestLoader(String defaultNamespace) {
    this(defaultNamespace, System.in);
  }

  public LoadResult load(List<String> inputs) {
    List<Manifest> manifests = new ArrayList<>();
    List<ReadError> errors = new ArrayList<>();
    for (String input : inputs) {
      if (STDIN.equals(input)) {
        readStream(new InputStreamReader(stdin, StandardCharsets.UTF_8), STDIN, manifests, errors);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        for (Path file : manifestFilesUnder(path, input, errors)) {
          readFile(file, file.toString(), manifests, errors);
        }
      } else if (Files.isRegularFile(path)) {
        readFile(path, input, manifests, errors);
      } else {
        errors.add(new ReadError(input, 0, 0, "no such file or directory"));
      }
    }
    return new LoadResult(manifests, errors);
  }

  /** Convenience for a string of YAML, e.g. in tests. */
  public LoadResult loadText(String yamlText, String name) {
    List<Manifest> manifests = new ArrayList<>();
    List<ReadError> errors = new ArrayList<>();
    readStream(new StringReader(yamlText), name, manifests, errors);
    return new LoadResult(manifests, errors);
  }

  private static List<Path> manifestFilesUnder(Path dir, String input, List<ReadError> errors) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(ManifestLoader::isManifestFile).sorted().toList();
    } catch (IOException e) {
      errors.add(new ReadError(input, 0, 0, "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean isManifestFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private void readFile(Path path, String name, List<Manifest> manifests, List<ReadError> errors) {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        errors.add(new ReadError(name, 0, 0, "file larger than " + MAX_FILE_BYTES + " bytes"));
        return;
      }
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        readStream(reader, name, manifests, errors);
      }
    } catch (IOException | UncheckedIOException e) {
      errors.add(new ReadError(name, 0, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readStream(Reader reader, String name, List<Manifest> manifests, List<ReadError> errors) {
    try {
      for (RawDocument document : yaml.read(reader, name)) {
        expand(document, manifests);
      }
    } catch (YamlTreeReader.MalformedYamlException e) {
      errors.add(new ReadError(name, e.line(), e.column(), e.getMessage()));
    }
  }

  /** {@code kind: List} documents stand for their items, each with its own line. */
  private void expand(RawDocument document, List<Manifest> manifests) {
    JsonNode tree = document.tree();
    if ("List".equals(tree.path("kind").asString("")) && tree.path("items").isArray()) {
      JsonNode items = tree.path("items");
      for (int i = 0; i < items.size(); i++) {
        String pointer = "/items/" + i;
        var origin = document.origin();
        var itemOrigin = new Origin(
            origin.file(), origin.lineOf(pointer), rebase(origin.fieldLines(), pointer));
        manifests.add(decoder.decode(new RawDocument(items.get(i), itemOrigin)));
      }
      return;
    }
    manifests.add(decoder.decode(document));
  }

  private static Map<String, Integer> rebase(Map<String, Integer> lines, String prefix) {
    Map<String, Integer> rebased = new HashMap<>();
    lines.forEach((pointer, line) -> {
      if (pointer.equals(prefix) || pointer.startsWith(prefix + "/")) {
        rebased.put(pointer.substring(prefix.length()), line);
      }
    });
    return rebased;
  }
}
