/** The core Kubernetes resources Aviary reads: Services, Pods, Deployments and Namespaces, reduced to the fields routing and analysis use. */
@NullMarked
package io.aviary.model.kubernetes;

import org.jspecify.annotations.NullMarked;
