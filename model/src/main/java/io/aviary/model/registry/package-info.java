/**
 * What the resources say exists: services (Kubernetes Services and ServiceEntry hosts) and workloads (Pods,
 * Deployment pod templates, WorkloadEntries), indexed the way Istio's registry looks them up.
 */
@NullMarked
package io.aviary.model.registry;

import org.jspecify.annotations.NullMarked;
