package io.aviary.embedded.traffic;

import io.aviary.model.Resource;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.VirtualService;
import io.aviary.store.ApplyResult;
import io.aviary.store.ConfigStore;
import io.aviary.store.Overlay;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The intents in force, one per VirtualService, and the user's own version of each VirtualService they touch.
 * Intents are always applied to the user's version, so a strategy that removed its mirror or A/B route leaves the
 * user's routes exactly as written. The file source publishes through {@link #overlay()}, so a reload of the
 * user's files keeps the intents; {@link #put} and {@link #remove} publish a change to the store at once.
 */
public final class TrafficIntents {

  private final ConcurrentHashMap<ResourceId, TrafficIntent> intents = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ResourceId, VirtualService> userVersions = new ConcurrentHashMap<>();

  /** Merges each load of the user's files with the intents; remembers the files' versions. */
  public Overlay overlay() {
    return (fromFiles, current) -> {
      for (VirtualService service : fromFiles.virtualServices()) {
        userVersions.put(service.id(), service);
      }
      return applyAll(fromFiles);
    };
  }

  /** Puts {@code intent} in force (replacing the VirtualService's earlier one) and publishes it. */
  public ApplyResult put(TrafficIntent intent, ConfigStore store, String source) {
    intents.put(intent.virtualService(), intent);
    return store.update(current -> rewrite(current, intent.virtualService()), source);
  }

  /** Restores the user's version of {@code virtualService}; nothing owns its weights any more. */
  public ApplyResult remove(ResourceId virtualService, ConfigStore store, String source) {
    intents.remove(virtualService);
    return store.update(current -> rewrite(current, virtualService), source);
  }

  /** Puts intents recovered from the state directory in force before the first load, without publishing. */
  public void restore(TrafficIntent intent) {
    intents.put(intent.virtualService(), intent);
  }

  public Optional<TrafficIntent> intent(ResourceId virtualService) {
    return Optional.ofNullable(intents.get(virtualService));
  }

  public Map<ResourceId, TrafficIntent> all() {
    return Map.copyOf(intents);
  }

  private ResourceSet applyAll(ResourceSet set) {
    ResourceSet result = set;
    for (TrafficIntent intent : intents.values()) {
      result = rewrite(result, intent.virtualService());
    }
    return result;
  }

  private ResourceSet rewrite(ResourceSet set, ResourceId id) {
    Optional<Resource> present = set.get(id);
    if (present.isEmpty() || !(present.get() instanceof VirtualService inStore)) {
      return set;
    }
    VirtualService base = userVersions.getOrDefault(id, inStore);
    TrafficIntent intent = intents.get(id);
    VirtualService next = intent == null ? base : RouteRewriter.apply(base, intent);
    return next.equals(inStore) ? set : set.with(next);
  }
}
