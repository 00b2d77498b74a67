package io.aviary.validation.analyzers;

import java.util.List;

/**
 * Renders messages the way Go's {@code fmt.Sprintf} does for the verbs istioctl's templates use ({@code %s},
 * {@code %v}, {@code %q}, {@code %d}), because users compare Aviary's findings with istioctl's text and search for
 * them verbatim. Lists print as Go slices ({@code [a b]}); {@code %q} quotes like {@code strconv.Quote}.
 */
final class GoFormat {

  private GoFormat() {}

  /** {@code template} with each verb replaced by the next argument. */
  static String sprintf(String template, Object... args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%' || i + 1 == template.length()) {
        out.append(c);
        continue;
      }
      char verb = template.charAt(++i);
      if (verb == '%') {
        out.append('%');
      } else {
        Object arg = next < args.length ? args[next++] : "%!" + verb + "(MISSING)";
        out.append(verb == 'q' ? quote(String.valueOf(arg)) : plain(arg));
      }
    }
    return out.toString();
  }

  /** Go's {@code %v}: a slice as {@code [a b c]}, anything else as its text. */
  static String plain(Object value) {
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : " ").append(plain(list.get(i)));
      }
      return out.append(']').toString();
    }
    return String.valueOf(value);
  }

  /** Go's {@code strconv.Quote}: double quotes, with quotes, backslashes and unprintable characters escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(cp -> out.append(escaped(cp)));
    return out.append('"').toString();
  }

  private static String escaped(int cp) {
    return switch (cp) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case 0x07 -> "\\a";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 0x0b -> "\\v";
      default -> printable(cp) ? Character.toString(cp) : unicodeEscape(cp);
    };
  }

  private static boolean printable(int cp) {
    if (cp < 0x20 || cp == 0x7f || Character.isISOControl(cp)) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.UNASSIGNED && type != Character.FORMAT && type != Character.SURROGATE
        && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR && (type != Character.SPACE_SEPARATOR || cp == ' ');
  }

  private static String unicodeEscape(int cp) {
    if (cp < 0x80) {
      return String.format("\\x%02x", cp);
    }
    return cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
  }
}
