package io.aviary.embedded.runtime;

import io.aviary.demoapp.DemoApp;

/**
 * The seed guide's resources for the runtime's tests, as YAML: Gateway on port 80, Service, DestinationRule with
 * subsets v1/v2, one WorkloadEntry per version pointing at a demo app, the VirtualService as the guide starts it
 * (all traffic on v1), and a Canary stepping 10 → 50 with a one-second interval.
 */
final class CanaryFixture {

  private CanaryFixture() {}

  static String resources(DemoApp v1, DemoApp v2) {
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: next-gateway, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: ["*"]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: next-service, namespace: default}
        spec:
          selector: {app: next}
          ports: [{name: http, protocol: TCP, port: 80, targetPort: 3000}]
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: next-destination-rule, namespace: default}
        spec:
          host: next-service
          subsets:
          - {name: v1, labels: {version: v1}}
          - {name: v2, labels: {version: v2}}
        ---
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata: {name: next-v1, namespace: default}
        spec: {address: 127.0.0.1, ports: {http: %d}, labels: {app: next, version: v1}}
        ---
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata: {name: next-v2, namespace: default}
        spec: {address: 127.0.0.1, ports: {http: %d}, labels: {app: next, version: v2}}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: next-virtual-service, namespace: default}
        spec:
          hosts: ["*"]
          gateways: [next-gateway]
          http:
          - match:
            - headers:
                user-agent: {regex: ".*Chrome.*"}
            route:
            - destination: {host: next-service, subset: v2, port: {number: 80}}
          - route:
            - destination: {host: next-service, subset: v1, port: {number: 80}}
              weight: 100
        """.formatted(v1.address().getPort(), v2.address().getPort());
  }

  static String canary(int threshold) {
    return """
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: next, namespace: default}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: next-virtual-service}
              destinationRule: {name: next-destination-rule, stableSubsetName: v1, canarySubsetName: v2}
          analysis:
            interval: 1s
            threshold: %d
            stepWeights: [10, 50]
            metrics:
            - name: request-success-rate
              thresholdRange: {min: 99}
              interval: 5s
            - name: request-duration
              thresholdRange: {max: 500}
              interval: 5s
        """.formatted(threshold);
  }
}
