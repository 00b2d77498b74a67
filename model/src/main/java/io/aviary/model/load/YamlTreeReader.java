package io.aviary.model.load;

import io.aviary.model.source.Origin;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a YAML (or JSON) stream into Jackson trees, one per document, remembering the line of every field.
 * SnakeYAML composes the node graph (it keeps marks); Jackson then binds the trees to records.
 */
final class YamlTreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_ALIASES = 100;

  /** Thrown for malformed YAML, with the position SnakeYAML reports. */
  static final class MalformedYamlException extends Exception {
    private final int line;
    private final int column;

    MalformedYamlException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  /** Kubernetes rejects a key given twice in one mapping; so do we, at the second one. */
  private static final class DuplicateKeyException extends RuntimeException {
    private final String key;
    private final int line;
    private final int column;

    DuplicateKeyException(String key, int line, int column) {
      super(key, null, false, false);
      this.key = key;
      this.line = line;
      this.column = column;
    }
  }

  List<RawDocument> read(Reader reader, String file) throws MalformedYamlException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(64 * 1024 * 1024);
    Yaml yaml = new Yaml(options);
    List<RawDocument> documents = new ArrayList<>();
    try {
      for (Node node : yaml.composeAll(reader)) {
        if (node == null || isNullScalar(node)) {
          continue;
        }
        Map<String, Integer> lines = new HashMap<>();
        JsonNode tree = convert(node, "", lines);
        documents.add(new RawDocument(tree, new Origin(file, lineOf(node), lines)));
      }
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? e.getContext() + ": " : "";
      throw new MalformedYamlException(
          "malformed YAML: " + context + problem.strip(),
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1);
    } catch (DuplicateKeyException e) {
      throw new MalformedYamlException(
          "malformed YAML: mapping key \"" + e.key + "\" already defined", e.line, e.column);
    } catch (YAMLException e) {
      throw new MalformedYamlException("malformed YAML: " + e.getMessage(), 0, 0);
    }
    return documents;
  }

  private static boolean isNullScalar(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  private static int lineOf(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private JsonNode convert(Node node, String pointer, Map<String, Integer> lines) {
    lines.putIfAbsent(pointer, lineOf(node));
    return switch (node) {
      case MappingNode mapping -> convertMapping(mapping, pointer, lines);
      case SequenceNode sequence -> convertSequence(sequence, pointer, lines);
      case ScalarNode scalar -> convertScalar(scalar);
      default -> NODES.nullNode();
    };
  }

  private ObjectNode convertMapping(MappingNode mapping, String pointer, Map<String, Integer> lines) {
    ObjectNode object = NODES.objectNode();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
      String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
      if (object.has(key)) {
        var mark = tuple.getKeyNode().getStartMark();
        throw new DuplicateKeyException(key, mark.getLine() + 1, mark.getColumn() + 1);
      }
      lines.put(child, lineOf(tuple.getKeyNode()));
      object.set(key, convert(tuple.getValueNode(), child, lines));
    }
    return object;
  }

  private ArrayNode convertSequence(SequenceNode sequence, String pointer, Map<String, Integer> lines) {
    ArrayNode array = NODES.arrayNode();
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      array.add(convert(items.get(i), pointer + "/" + i, lines));
    }
    return array;
  }

  /** Scalars get YAML 1.1's implicit types, as Kubernetes' YAML reader gives them. */
  private JsonNode convertScalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      return NODES.booleanNode(switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on", "y" -> true;
        default -> false;
      });
    }
    if (tag.equals(Tag.INT)) {
      BigInteger value = parseInteger(text);
      if (value == null) {
        return NODES.textNode(text);
      }
      return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
          : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return NODES.numberNode(Double.parseDouble(text.replace("_", "")));
      } catch (NumberFormatException e) {
        return NODES.textNode(text);
      }
    }
    return NODES.textNode(text);
  }

  private static @org.jspecify.annotations.Nullable BigInteger parseInteger(String text) {
    String digits = text.replace("_", "");
    int sign = 1;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      sign = digits.startsWith("-") ? -1 : 1;
      digits = digits.substring(1);
    }
    try {
      BigInteger magnitude;
      if (digits.startsWith("0x")) {
        magnitude = new BigInteger(digits.substring(2), 16);
      } else if (digits.startsWith("0b")) {
        magnitude = new BigInteger(digits.substring(2), 2);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        magnitude = new BigInteger(digits.substring(1), 8);
      } else {
        magnitude = new BigInteger(digits);
      }
      return sign < 0 ? magnitude.negate() : magnitude;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
