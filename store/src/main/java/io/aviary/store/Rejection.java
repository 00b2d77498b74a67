package io.aviary.store;

import io.aviary.model.load.ReadError;
import io.aviary.validation.Finding;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A change the store refused, kept so that {@code /config_dump} can say why the config a user just edited is
 * not live. A change is refused either because its inputs could not be read ({@code readErrors}) or because
 * validation found errors ({@code findings}, which also carries the warnings that came with them).
 *
 * @param at when the change was refused
 * @param source who offered the change and why, as in {@link ConfigSnapshot#source()}
 */
public record Rejection(Instant at, String source, List<ReadError> readErrors, List<Finding> findings) {

  public Rejection {
    readErrors = List.copyOf(readErrors);
    findings = List.copyOf(findings);
  }

  /** Every problem as one line: {@code file:line:col: message} or istioctl's finding line. */
  public List<String> problems() {
    return Stream.concat(readErrors.stream().map(ReadError::toString), findings.stream().map(Finding::toString))
        .toList();
  }
}
