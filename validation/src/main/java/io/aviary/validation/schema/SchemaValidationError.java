package io.aviary.validation.schema;

import io.aviary.model.Resource;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;

/**
 * IST0106 SchemaValidationError, istioctl's code for any resource that fails validation, schema or value rule.
 * Template {@code Schema validation error: %v}.
 */
public final class SchemaValidationError {

  public static final String CODE = "IST0106";

  private SchemaValidationError() {}

  /** Reports {@code detail} about the field at {@code pointer} of {@code resource}. */
  public static void report(Findings findings, Resource resource, String pointer, String detail) {
    findings.report(resource, pointer, CODE, Level.Error, "Schema validation error: " + detail);
  }
}
