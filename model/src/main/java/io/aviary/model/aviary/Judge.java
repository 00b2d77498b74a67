package io.aviary.model.aviary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code analysis.judge} of Aviary's Canary: how a run's canary is judged. {@code type: threshold} (the default) is
 * Flagger's rule, metrics held to ranges with failed checks counted; {@code type: sequential} adds Aviary's
 * anytime-valid canary-versus-primary tests (the analysis module). Every other field tunes the sequential judge and
 * may be left out; the controller applies the defaults and names a bad value by its field. {@code warmup} is a Go
 * duration; {@code minSuccessRate} (percent) adds the anytime-valid form of Flagger's success-rate threshold;
 * {@code errorMargin} (percentage points) lets the canary's 5xx rate exceed the primary's by that much. The CRD schema rejects unknown fields, so a misspelling is an error rather than a silent default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Judge(
    @Nullable String type,
    @Nullable Double alpha,
    @Nullable Double errorTolerance,
    @Nullable Double errorDispersion,
    @Nullable List<Double> latencyQuantiles,
    @Nullable Double latencyTolerance,
    @Nullable String warmup,
    @Nullable Long minCanaryRequests,
    @Nullable Boolean advanceOnEvidence,
    @Nullable Double harmRatio,
    @Nullable Double minSuccessRate,
    @Nullable Double errorMargin) {

  public Judge {
    latencyQuantiles = latencyQuantiles == null ? null : List.copyOf(latencyQuantiles);
  }
}
