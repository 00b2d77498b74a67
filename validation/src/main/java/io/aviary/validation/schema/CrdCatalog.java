package io.aviary.validation.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI v3 schemas of the CRDs shipped on the classpath, by group, version and kind.
 *
 * <p>Istio's CRD file is about 1 MB of YAML; parsing all of it would cost more than the rest of a {@code aviary
 * route} call. So the files are only split into documents and scanned for their group and kind; a document is
 * parsed the first time a manifest of one of its kinds is validated.
 */
public final class CrdCatalog {

  /** The CRD files Aviary ships, relative to the classpath root. */
  public static final List<String> SHIPPED = List.of(
      "io/aviary/validation/schemas/istio-crd-all.gen.yaml",
      "io/aviary/validation/schemas/flagger-crd.yaml",
      "io/aviary/validation/schemas/aviary-crd.yaml");

  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");
  private static final Pattern GROUP = Pattern.compile("(?m)^\\s+group:\\s*(\\S+)\\s*$");
  private static final Pattern NAMES = Pattern.compile("(?m)^\\s+names:\\s*$");
  private static final Pattern KIND = Pattern.compile("(?m)^\\s+kind:\\s*(\\S+)\\s*$");
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final Map<String, String> documentByGroupKind;
  private final Map<String, JsonNode> parsedByGroupKind = new ConcurrentHashMap<>();

  private CrdCatalog(Map<String, String> documentByGroupKind) {
    this.documentByGroupKind = Map.copyOf(documentByGroupKind);
  }

  /** A catalog of the CRDs in {@link #SHIPPED}. */
  public static CrdCatalog shipped() {
    Map<String, String> documents = new HashMap<>();
    for (String resource : SHIPPED) {
      indexDocuments(readResource(resource), documents);
    }
    return new CrdCatalog(documents);
  }

  /** The {@code openAPIV3Schema} of that version of that kind, or empty if no shipped CRD serves it. */
  public Optional<JsonNode> openApiSchema(CrdKey key) {
    String groupKind = key.group() + "/" + key.kind();
    String document = documentByGroupKind.get(groupKind);
    if (document == null) {
      return Optional.empty();
    }
    JsonNode crd = parsedByGroupKind.computeIfAbsent(groupKind, ignored -> YAML.readTree(document));
    for (JsonNode version : crd.path("spec").path("versions")) {
      if (key.version().equals(version.path("name").asString(""))) {
        JsonNode schema = version.path("schema").path("openAPIV3Schema");
        return schema.isObject() ? Optional.of(schema) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static void indexDocuments(String text, Map<String, String> documents) {
    for (String document : DOCUMENT_SEPARATOR.split(text)) {
      Matcher group = GROUP.matcher(document);
      Matcher names = NAMES.matcher(document);
      Matcher kind = KIND.matcher(document);
      if (group.find() && names.find() && kind.find(names.end())) {
        documents.put(group.group(1) + "/" + kind.group(1), document);
      }
    }
  }

  private static String readResource(String name) {
    try (InputStream in = CrdCatalog.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("CRD file missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
