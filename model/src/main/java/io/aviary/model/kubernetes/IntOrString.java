package io.aviary.model.kubernetes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/** Kubernetes' int-or-string, e.g. a Service's {@code targetPort}: a number or a container port name. */
public record IntOrString(@Nullable Integer number, @Nullable String name) {

  @JsonCreator
  public static IntOrString of(Object value) {
    if (value instanceof Number n) {
      return new IntOrString(n.intValue(), null);
    }
    String text = String.valueOf(value);
    return text.chars().allMatch(Character::isDigit) && !text.isEmpty()
        ? new IntOrString(Integer.parseInt(text), null)
        : new IntOrString(null, text);
  }

  @JsonValue
  public Object value() {
    return number != null ? number : String.valueOf(name);
  }

  @Override
  public String toString() {
    return String.valueOf(value());
  }
}
