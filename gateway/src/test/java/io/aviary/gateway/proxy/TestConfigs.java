package io.aviary.gateway.proxy;

/**
 * The YAML the proxy tests share: the ingress Gateway on port 80 and the start of a VirtualService bound to it.
 * Each test appends only the rules it is about.
 */
final class TestConfigs {

  /** Gateway {@code default/gw} on port 80 for every host, selecting the embedded gateway. */
  static final String GATEWAY = """
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: default}
      spec:
        selector: {istio: ingressgateway}
        servers:
        - port: {number: 80, name: http, protocol: HTTP}
          hosts: ["*"]
      ---
      """;

  private TestConfigs() {}

  /** The Gateway plus the head of VirtualService {@code default/vs} for {@code host}; append {@code http} rules. */
  static String virtualServiceFor(String host) {
    return GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: vs, namespace: default}
        spec:
          hosts: ["%s"]
          gateways: [gw]
          http:
        """.formatted(host);
  }

  /** An {@code http} rule: requests under {@code prefix} go to subset {@code subset} of {@code app}, with a route
   * timeout and no retries, so a slow upstream answers 504 {@code UT} after exactly one attempt. */
  static String timedRule(String prefix, String timeout, String subset) {
    return """
          - match:
            - uri: {prefix: %s}
            timeout: %s
            retries: {attempts: 0}
            route:
            - destination: {host: app, subset: %s}
        """.formatted(prefix, timeout, subset);
  }
}
