package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.HostName;
import java.util.List;
import java.util.Map;

/**
 * The endpoints of one host before subsets are applied: for each service port, the endpoints behind it (at
 * their mapped endpoint ports). An empty list means the port exists but nothing backs it (503 UH, not NC).
 *
 * @param host the host's FQDN
 * @param namespace the namespace of the Service or ServiceEntry; DestinationRules there are preferred
 * @param definedBy the Service or ServiceEntry that defines the host
 * @param endpointsByPort service port number to endpoints, in port declaration order
 */
record ServiceEndpoints(
    HostName host, String namespace, ResourceId definedBy, Map<Integer, List<Endpoint>> endpointsByPort) {

  ServiceEndpoints {
    endpointsByPort = Map.copyOf(endpointsByPort);
  }
}
