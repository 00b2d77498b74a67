package io.aviary.gateway.runtime;

import io.aviary.testkit.UpstreamStub;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed guide's shape as YAML for the runtime's tests: Service {@code next-service}, Gateway {@code
 * next-gateway}, DestinationRule subsets v1/v2, one WorkloadEntry per stub, and the VirtualService under test.
 * Stubs named {@code v1}, {@code v1-b}, ... run version {@code v1}: the version is the name up to the first
 * dash, so the workload of every endpoint is {@code next-<version>} (app and version labels, see
 * WorkloadIdentity).
 */
final class Manifests {

  static final String NAMESPACE = "default";

  private Manifests() {}

  static String workloadOf(String version) {
    return "next-" + version;
  }

  /** Service, DestinationRule and WorkloadEntries: what the VirtualService and the Gateway route to. */
  static String destinations(List<UpstreamStub> stubs) {
    List<String> docs = new ArrayList<>();
    docs.add("""
        apiVersion: v1
        kind: Service
        metadata: {name: next-service, namespace: default}
        spec:
          selector: {app: next, tier: frontend}
          ports: [{name: http, protocol: TCP, port: 80, targetPort: 3000}]
        """);
    docs.add("""
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: next-destination-rule, namespace: default}
        spec:
          host: next-service
          subsets:
          - {name: v1, labels: {version: v1}}
          - {name: v2, labels: {version: v2}}
        """);
    for (int i = 0; i < stubs.size(); i++) {
      docs.add(workloadEntry(stubs.get(i), i));
    }
    return String.join("---\n", docs);
  }

  private static String workloadEntry(UpstreamStub stub, int index) {
    String version = stub.name().split("-", 2)[0];
    return """
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata: {name: next-%s-%d, namespace: default}
        spec:
          address: 127.0.0.1
          ports: {http: %d}
          labels: {app: next, tier: frontend, version: %s}
        """.formatted(version, index, stub.port(), version);
  }

  /** Gateway {@code next-gateway} selecting the embedded gateway, one HTTP server for all hosts per port. */
  static String gateway(int... ports) {
    String servers = Arrays.stream(ports)
        .mapToObj(port -> "  - port: {number: %d, name: http-%d, protocol: HTTP}\n    hosts: [\"*\"]\n"
            .formatted(port, port))
        .collect(Collectors.joining());
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: next-gateway, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
        """ + servers;
  }

  /** The weighted route v1/v2; with {@code chromeToV2}, a first rule sends Chrome users to v2. */
  static String virtualService(int v1Weight, int v2Weight, boolean chromeToV2) {
    String chrome = chromeToV2 ? """
          - match:
            - headers:
                user-agent: {regex: ".*Chrome.*"}
            route:
            - destination: {host: next-service, subset: v2, port: {number: 80}}
        """ : "";
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: next-virtual-service, namespace: default}
        spec:
          hosts: ["*"]
          gateways: [next-gateway]
          http:
        """ + chrome + """
          - route:
            - destination: {host: next-service, subset: v1, port: {number: 80}}
              weight: %d
            - destination: {host: next-service, subset: v2, port: {number: 80}}
              weight: %d
        """.formatted(v1Weight, v2Weight);
  }
}
