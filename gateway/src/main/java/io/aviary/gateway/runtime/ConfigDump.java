package io.aviary.gateway.runtime;

import io.aviary.model.Resource;
import io.aviary.store.ConfigStore;
import io.aviary.store.ConfigSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code /config_dump}: the applied resources with their version and source, and the last rejected change. */
final class ConfigDump {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ConfigDump() {}

  static String of(ConfigStore store) {
    ConfigSnapshot snapshot = store.current();
    Map<String, Object> dump = new LinkedHashMap<>();
    dump.put("version", snapshot.version());
    dump.put("appliedAt", snapshot.appliedAt().toString());
    dump.put("source", snapshot.source());
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Resource resource : snapshot.resources().all()) {
      resources.add(describe(resource));
    }
    dump.put("resources", resources);
    dump.put("lastRejection", store.lastRejection().map(rejection -> Map.of(
        "at", rejection.at().toString(),
        "source", rejection.source(),
        "problems", rejection.problems())).orElse(null));
    return JSON.writeValueAsString(dump);
  }

  private static Map<String, Object> describe(Resource resource) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("apiVersion", resource.apiVersion());
    entry.put("kind", resource.kind());
    entry.put("namespace", resource.namespace());
    entry.put("name", resource.name());
    entry.put("file", resource.origin().file());
    entry.put("line", resource.origin().line());
    return entry;
  }
}
