package io.aviary.validation.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.aviary.model.Resource;
import io.aviary.model.UnknownResource;
import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks every manifest's raw tree against the OpenAPI v3 schema of its CRD, as the Kubernetes API server would
 * on {@code kubectl apply}: IST0106 per violation, at the line of the offending field.
 *
 * <p>Also reports, as IST0106, manifests without {@code apiVersion} or {@code kind} and manifests whose typed
 * decoding failed where the schema found nothing more precise; and, as Info AVY0001, kinds Aviary keeps but does
 * not analyse (never an error: a Sidecar next to a VirtualService is fine).
 */
public final class CrdSchemaValidator implements Analyzer {

  public static final String NOT_ANALYSED = "AVY0001";

  private final CompiledSchemas schemas;

  public CrdSchemaValidator(CompiledSchemas schemas) {
    this.schemas = schemas;
  }

  /** The validator over the shipped CRDs, shared so each schema is read and compiled once per process. */
  public static CrdSchemaValidator shipped() {
    return Shared.INSTANCE;
  }

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE, NOT_ANALYSED);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : context.manifests()) {
      check(manifest, findings);
    }
  }

  private void check(Manifest manifest, Findings findings) {
    Resource resource = manifest.resource();
    JsonNode raw = manifest.raw();
    String apiVersion = raw.path("apiVersion").asString("");
    String kind = raw.path("kind").asString("");
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      reportMissingType(resource, apiVersion, kind, findings);
      return;
    }
    Optional<Schema> schema = CrdKey.of(apiVersion, kind).flatMap(schemas::forKey);
    List<Error> errors = schema.map(s -> s.validate(raw)).orElse(List.of()).stream()
        .filter(error -> !SchemaViolation.insideOneOf(error))
        .toList();
    for (Error error : errors) {
      SchemaViolation violation = SchemaViolation.from(error);
      SchemaValidationError.report(findings, resource, violation.field().pointer(), violation.describe());
    }
    if (!manifest.decoded() && errors.isEmpty()) {
      manifest.decodeProblems().forEach(problem -> SchemaValidationError.report(findings, resource, "", problem));
    }
    if (resource instanceof UnknownResource && manifest.decoded()) {
      findings.report(resource, "", NOT_ANALYSED, Level.Info,
          "Kind %s (%s) is not analysed".formatted(kind, apiVersion));
    }
  }

  private static void reportMissingType(Resource resource, String apiVersion, String kind, Findings findings) {
    if (apiVersion.isEmpty()) {
      SchemaValidationError.report(findings, resource, "/apiVersion", "apiVersion: Required value");
    }
    if (kind.isEmpty()) {
      SchemaValidationError.report(findings, resource, "/kind", "kind: Required value");
    }
  }

  /** Holder idiom: the catalog is indexed only when the first validation runs. */
  private static final class Shared {
    static final CrdSchemaValidator INSTANCE = new CrdSchemaValidator(new CompiledSchemas(CrdCatalog.shipped()));
  }
}
