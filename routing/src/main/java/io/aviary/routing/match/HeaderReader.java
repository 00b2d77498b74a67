package io.aviary.routing.match;

import io.aviary.routing.RequestView;
import org.jspecify.annotations.Nullable;

/**
 * Reads one header, resolving at compile time whether it is a pseudo-header ({@code :method},
 * {@code :authority} or {@code host}, {@code :scheme}, {@code :path}) or an ordinary one.
 */
@FunctionalInterface
public interface HeaderReader {

  @Nullable String read(RequestView request);

  /** The reader for a lower-case header name. */
  static HeaderReader forName(String lowerCaseName) {
    return switch (lowerCaseName) {
      case ":method" -> RequestView::method;
      case ":authority", "host" -> RequestView::authority;
      case ":scheme" -> RequestView::scheme;
      case ":path" -> RequestView::path;
      default -> request -> request.header(lowerCaseName);
    };
  }
}
