package io.aviary.routing;

/** Why a request got Envoy's 404 {@code NR}. */
public enum NoRouteReason {
  /** The request names a Gateway the configuration does not have. */
  UNKNOWN_GATEWAY,
  /** The Gateway has no server on the request's port. */
  NO_SERVER_ON_PORT,
  /** No virtual host on that gateway port (or in the mesh) serves the authority. */
  NO_VIRTUAL_HOST,
  /** A virtual host serves the authority but none of its rules matched. */
  NO_MATCHING_RULE
}
