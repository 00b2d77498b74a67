package io.aviary.validation.schema;

/** A VirtualService header for value-rule tests; its {@code http} list starts on line 7. */
final class VsFixture {

  static final String HEAD = """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: {name: reviews, namespace: default}
      spec:
        hosts: [reviews]
        http:
      """;

  private VsFixture() {}
}
