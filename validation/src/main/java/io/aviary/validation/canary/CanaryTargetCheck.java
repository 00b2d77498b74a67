package io.aviary.validation.canary;

import io.aviary.model.flagger.Canary;
import io.aviary.model.flagger.CrossNamespaceRef;
import io.aviary.model.kubernetes.Deployment;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import java.util.List;
import java.util.Set;

/**
 * AVY0101: a Canary's {@code targetRef} must name a Deployment that exists.
 *
 * <p>The rule for what "exists" means when validating files: if the input holds any Deployment in the Canary's
 * namespace, the user has given that namespace's workloads and a target missing among them is an Error (most
 * likely a typo). If it holds none, the target may well live in the cluster, and nothing is reported. Deployments
 * named {@code <target>-<suffix>} count as the target's versions (the seed guide's {@code next-deployment-v1} and
 * {@code -v2} for target {@code next-deployment}, Flagger's own {@code -primary}), so they also satisfy it. A missing
 * {@code targetRef} is left to the CRD schema (IST0106); targets of other kinds (DaemonSet, Service) are not checked.
 */
public final class CanaryTargetCheck implements Analyzer {

  public static final String CODE = "AVY0101";

  @Override
  public Set<String> codes() {
    return Set.of(CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    List<Deployment> deployments = context.resources().deployments();
    for (Canary canary : context.resources().canaries()) {
      CrossNamespaceRef target = canary.spec().targetRef();
      if (target == null || target.name() == null || !isDeployment(target)) {
        continue;
      }
      List<String> namesHere = deployments.stream()
          .filter(d -> d.namespace().equals(canary.namespace()))
          .map(Deployment::name)
          .sorted()
          .toList();
      if (!namesHere.isEmpty() && namesHere.stream().noneMatch(name -> isVersionOf(name, target.name()))) {
        findings.report(canary, "/spec/targetRef/name", CODE, Level.Error,
            "targetRef.name: %s (expected: a Deployment in namespace %s: %s)"
                .formatted(target.name(), canary.namespace(), String.join(", ", namesHere)));
      }
    }
  }

  private static boolean isVersionOf(String deployment, String target) {
    return deployment.equals(target) || deployment.startsWith(target + "-");
  }

  private static boolean isDeployment(CrossNamespaceRef target) {
    return target.kind() == null || Deployment.KIND.equals(target.kind());
  }
}
