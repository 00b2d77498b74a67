package io.aviary.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The content checksum of every manifest file under the user's paths, as {@link io.aviary.model.load
 * .ManifestLoader} would find them. Two equal fingerprints mean a reload would read the same bytes, so the
 * source can skip it; this also makes the periodic poll cheap to act on and immune to coarse file timestamps.
 * Immutable.
 */
record Fingerprint(Map<String, Long> checksums) {

  private static final long MISSING = -1;

  Fingerprint {
    checksums = Map.copyOf(checksums);
  }

  static Fingerprint of(List<String> paths) {
    Map<String, Long> checksums = new TreeMap<>();
    for (String input : paths) {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        putFolder(path, checksums);
      } else {
        checksums.put(input, checksum(path));
      }
    }
    return new Fingerprint(checksums);
  }

  /** Whether {@code file} is one the loader reads when it walks a folder. */
  static boolean isManifestFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** A folder that cannot be walked (it vanished mid-walk, say) counts as missing, so a later walk differs. */
  private static void putFolder(Path dir, Map<String, Long> checksums) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(Fingerprint::isManifestFile)
          .forEach(file -> checksums.put(file.toString(), checksum(file)));
    } catch (IOException | UncheckedIOException e) {
      checksums.put(dir.toString(), MISSING);
    }
  }

  private static long checksum(Path file) {
    try {
      CRC32C crc = new CRC32C();
      crc.update(Files.readAllBytes(file));
      return crc.getValue();
    } catch (IOException e) {
      return MISSING;
    }
  }
}
