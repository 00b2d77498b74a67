package io.aviary.gateway.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bearer token that guards state-changing admin requests. Generated at start-up into a file only its
 * owner can read (mode 0600), or read from a file the operator provides. Never logged.
 */
public final class AdminToken {

  private final byte[] token;
  private final Path file;

  private AdminToken(String token, Path file) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.file = file;
  }

  /** Writes a fresh random token to {@code file} (replacing it) with owner-only permissions. */
  public static AdminToken generate(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temp = Files.createTempFile(parent, ".admin-token", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temp, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return new AdminToken(token, file);
  }

  /** Reads the token from a file the operator manages. */
  public static AdminToken read(Path file) throws IOException {
    String token = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) {
      throw new IOException("admin token file is empty: " + file);
    }
    return new AdminToken(token, file);
  }

  public Path file() {
    return file;
  }

  /** Constant-time comparison of an {@code Authorization} header value against {@code Bearer <token>}. */
  public boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token);
  }
}
