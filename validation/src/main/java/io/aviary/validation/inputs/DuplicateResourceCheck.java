package io.aviary.validation.inputs;

import io.aviary.model.Resource;
import io.aviary.model.ResourceId;
import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * AVY0002: the same resource (kind, namespace, name) given twice. Like {@code kubectl apply} of the files in
 * order, the later definition is the one used; the warning names both places so the override is never silent.
 */
public final class DuplicateResourceCheck implements Analyzer {

  public static final String CODE = "AVY0002";

  @Override
  public Set<String> codes() {
    return Set.of(CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    Map<ResourceId, Resource> first = new HashMap<>();
    for (Manifest manifest : context.manifests()) {
      Resource resource = manifest.resource();
      if (resource.name().isEmpty()) {
        continue;
      }
      Resource earlier = first.putIfAbsent(resource.id(), resource);
      if (earlier != null) {
        findings.report(resource, "/metadata/name", CODE, Level.Warning,
            resource.kind() + " " + resource.id().qualifiedName() + " is also defined at "
                + earlier.origin().describe() + "; this later definition is the one used");
      }
    }
  }
}
