package io.aviary.validation.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.OpenApi30;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Compiled validators per CRD version, built on first use and kept for the life of the process: compiling a
 * VirtualService schema takes far longer than validating a manifest with it.
 *
 * <p>CRD schemas are OpenAPI 3.0 (draft-04 with {@code nullable}); the dialect adds {@link CelRuleKeyword} for the
 * CEL rules Aviary re-implements. Other {@code x-kubernetes-*} keywords are unknown to it and ignored.
 */
public final class CompiledSchemas {

  private static final String DIALECT_ID = "https://aviary.io/schemas/kubernetes-openapi-v3";

  private final CrdCatalog catalog;
  private final SchemaRegistry registry;
  private final ConcurrentMap<CrdKey, Optional<Schema>> cache = new ConcurrentHashMap<>();

  public CompiledSchemas(CrdCatalog catalog) {
    this.catalog = catalog;
    Dialect dialect = Dialect.builder(DIALECT_ID, OpenApi30.getInstance()).keyword(new CelRuleKeyword()).build();
    this.registry = SchemaRegistry.withDefaultDialect(dialect);
  }

  /** The validator for {@code key}, or empty when no shipped CRD defines that group, version and kind. */
  public Optional<Schema> forKey(CrdKey key) {
    return cache.computeIfAbsent(key, k -> catalog.openApiSchema(k).map(StrictSchema::of).map(registry::getSchema));
  }
}
