package io.aviary.cli;

import io.aviary.validation.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/** {@code validate --output json}: an array of findings with the fields scripts rely on. */
final class FindingsJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FindingsJson() {}

  static String write(List<Finding> findings) {
    List<Map<String, Object>> rows = findings.stream().map(FindingsJson::row).toList();
    return MAPPER.writeValueAsString(rows);
  }

  private static Map<String, Object> row(Finding finding) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", finding.code());
    row.put("level", finding.level().name());
    row.put("kind", finding.resource().kind());
    row.put("namespace", finding.resource().namespace());
    row.put("name", finding.resource().name());
    row.put("file", finding.file());
    row.put("line", finding.line());
    row.put("message", finding.message());
    row.put("origin", finding.resource().kind() + " " + finding.resource().qualifiedName());
    return row;
  }
}
