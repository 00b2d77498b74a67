package io.aviary.simulation;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.CanarySpecResolver;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.controller.spec.Resolution;
import io.aviary.controller.spec.Strategy;
import io.aviary.model.Resource;
import io.aviary.model.aviary.Canary;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.model.load.ReadError;
import io.aviary.simulation.policy.IstioQueries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Canary a simulation follows: the user's file or the default one shipped with this module
 * ({@value #DEFAULT_RESOURCE}), resolved by the controller's own {@link CanarySpecResolver}. What the simulator cannot
 * model is refused with the field named, rather than simulated as something else: A/B testing, Blue/Green and
 * mirroring (it splits by weight only) and checks other than Istio's built-in two.
 */
public final class SimulatedCanary {

  public static final String DEFAULT_RESOURCE = "default-canary.yaml";

  private SimulatedCanary() {}

  public static CanarySpec defaultCanary() {
    try (InputStream in = SimulatedCanary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " missing from the simulation module");
      }
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return resolve(new ManifestLoader("default").loadText(yaml, DEFAULT_RESOURCE), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " unreadable", e);
    }
  }

  /** The one Aviary Canary in {@code path}. */
  public static CanarySpec fromFile(String path) {
    return resolve(new ManifestLoader("default").load(List.of(path)), path);
  }

  /** The one Aviary Canary among {@code loaded} (read from {@code source}), resolved and checked simulatable. */
  public static CanarySpec resolve(LoadResult loaded, String source) {
    List<String> problems = new ArrayList<>();
    loaded.errors().stream().map(ReadError::toString).forEach(problems::add);
    List<Canary> canaries = new ArrayList<>();
    for (Resource resource : loaded.allResources()) {
      if (resource instanceof Canary canary) {
        canaries.add(canary);
      }
    }
    if (problems.isEmpty() && canaries.size() != 1) {
      problems.add("%s: %d Canary resources of %s (expected: exactly one)"
          .formatted(source, canaries.size(), Canary.API_VERSION));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCanaryException(problems);
    }
    Resolution resolution = new CanarySpecResolver().resolve(canaries.getFirst());
    if (resolution instanceof Resolution.Invalid invalid) {
      throw new InvalidCanaryException(invalid.problems());
    }
    CanarySpec spec = ((Resolution.Resolved) resolution).spec();
    List<String> unsupported = unsupported(spec);
    if (!unsupported.isEmpty()) {
      throw new InvalidCanaryException(unsupported);
    }
    return spec;
  }

  private static List<String> unsupported(CanarySpec spec) {
    List<String> problems = new ArrayList<>();
    if (spec.analysis().strategy() != Strategy.CANARY || spec.analysis().mirroring().enabled()) {
      problems.add("analysis: %s%s (expected: a weighted canary; the simulation splits traffic by weight only)"
          .formatted(spec.analysis().strategy(), spec.analysis().mirroring().enabled() ? " with mirroring" : ""));
    }
    for (MetricCheck check : spec.analysis().metrics()) {
      if (!IstioQueries.SIMULATED.contains(check.name()) || check.template() != null) {
        problems.add("analysis.metrics[%s]: not simulated (expected: request-success-rate or request-duration)"
            .formatted(check.name()));
      }
    }
    return problems;
  }

  /** The Canary cannot be simulated; every reason is listed. */
  public static final class InvalidCanaryException extends RuntimeException {
    private final List<String> problems;

    public InvalidCanaryException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
