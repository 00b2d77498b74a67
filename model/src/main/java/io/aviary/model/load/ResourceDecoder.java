package io.aviary.model.load;

import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.UnknownResource;
import io.aviary.model.flagger.Canary;
import io.aviary.model.flagger.MetricTemplate;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.Gateway;
import io.aviary.model.istio.ServiceEntry;
import io.aviary.model.istio.VirtualService;
import io.aviary.model.istio.WorkloadEntry;
import io.aviary.model.kubernetes.Deployment;
import io.aviary.model.kubernetes.Namespace;
import io.aviary.model.kubernetes.Pod;
import io.aviary.model.kubernetes.PodTemplate;
import io.aviary.model.kubernetes.Service;
import io.aviary.model.source.Origin;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Binds raw document trees to the typed resource records, by {@code apiVersion} and {@code kind}. */
public final class ResourceDecoder {

  private static final Set<String> ISTIO_NETWORKING =
      Set.of("networking.istio.io/v1alpha3", "networking.istio.io/v1beta1", "networking.istio.io/v1");
  private static final String FLAGGER = "flagger.app/v1beta1";
  private static final String AVIARY = io.aviary.model.aviary.Canary.API_VERSION;

  private final JsonMapper mapper =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final String defaultNamespace;

  public ResourceDecoder(String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
  }

  public Manifest decode(RawDocument document) {
    JsonNode tree = document.tree();
    String apiVersion = tree.path("apiVersion").asString("");
    String kind = tree.path("kind").asString("");
    Origin origin = document.origin();
    ObjectMeta metadata;
    try {
      metadata = bind(tree.path("metadata"), ObjectMeta.class);
    } catch (JacksonException e) {
      metadata = new ObjectMeta(tree.path("metadata").path("name").asString(""), "", null, null, null);
      return failed(apiVersion, kind, metadata, origin, tree, "metadata", e);
    }
    if (metadata.namespace().isEmpty() && !Namespace.KIND.equals(kind)) {
      metadata = metadata.withNamespace(defaultNamespace);
    }
    try {
      Resource resource = typed(apiVersion, kind, metadata, origin, tree);
      return new Manifest(resource, tree, List.of());
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      return failed(apiVersion, kind, metadata, origin, tree, "spec", e);
    }
  }

  private Resource typed(String apiVersion, String kind, ObjectMeta metadata, Origin origin, JsonNode tree) {
    JsonNode spec = tree.path("spec");
    if (ISTIO_NETWORKING.contains(apiVersion)) {
      switch (kind) {
        case Gateway.KIND:
          return new Gateway(apiVersion, metadata, bind(spec, Gateway.Spec.class), origin);
        case VirtualService.KIND:
          return new VirtualService(apiVersion, metadata, bind(spec, VirtualService.Spec.class), origin);
        case DestinationRule.KIND:
          return new DestinationRule(apiVersion, metadata, bind(spec, DestinationRule.Spec.class), origin);
        case ServiceEntry.KIND:
          return new ServiceEntry(apiVersion, metadata, bind(spec, ServiceEntry.Spec.class), origin);
        case WorkloadEntry.KIND:
          return new WorkloadEntry(apiVersion, metadata, bind(spec, WorkloadEntry.Spec.class), origin);
        default:
          break;
      }
    } else if ("v1".equals(apiVersion)) {
      switch (kind) {
        case Service.KIND:
          return new Service(apiVersion, metadata, bind(spec, Service.Spec.class), origin);
        case Pod.KIND:
          return new Pod(apiVersion, metadata, bind(spec, PodTemplate.PodSpec.class), origin);
        case Namespace.KIND:
          return new Namespace(apiVersion, metadata, origin);
        default:
          break;
      }
    } else if ("apps/v1".equals(apiVersion) && Deployment.KIND.equals(kind)) {
      return new Deployment(apiVersion, metadata, bind(spec, Deployment.Spec.class), origin);
    } else if (FLAGGER.equals(apiVersion)) {
      switch (kind) {
        case Canary.KIND:
          return new Canary(apiVersion, metadata, bind(spec, Canary.Spec.class), origin);
        case MetricTemplate.KIND:
          return new MetricTemplate(apiVersion, metadata, bind(spec, MetricTemplate.Spec.class), origin);
        default:
          break;
      }
    } else if (AVIARY.equals(apiVersion) && io.aviary.model.aviary.Canary.KIND.equals(kind)) {
      return new io.aviary.model.aviary.Canary(
          apiVersion, metadata, bind(spec, io.aviary.model.aviary.Canary.Spec.class), origin);
    }
    return new UnknownResource(apiVersion, kind, metadata, origin);
  }

  /** A missing or null section binds as an empty object, so records apply their defaults. */
  private <T> T bind(JsonNode node, Class<T> type) {
    JsonNode source = node.isMissingNode() || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
    return mapper.treeToValue(source, type);
  }

  private static Manifest failed(
      String apiVersion, String kind, ObjectMeta metadata, Origin origin, JsonNode tree, String section, Exception e) {
    String problem = e instanceof JacksonException je ? describe(section, je) : section + ": " + e.getMessage();
    return new Manifest(new UnknownResource(apiVersion, kind, metadata, origin), tree, List.of(problem));
  }

  private static String describe(String section, JacksonException e) {
    StringBuilder path = new StringBuilder(section);
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path + ": " + e.getOriginalMessage().lines().findFirst().orElse("cannot be read");
  }
}
