package io.aviary.store;

import static io.aviary.store.TestResources.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.Resource;
import io.aviary.model.ResourceSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlayTest {

  private final Overlay keepWeights = Overlay.keepFromStore(resource -> resource.name().equals("weights"));

  @Test
  void noOverlayPublishesTheFilesAsTheyAre() {
    ResourceSet fromFiles = ResourceSet.of(List.of(configMap("a")));

    assertThat(Overlay.none().apply(fromFiles, ResourceSet.of(List.of(configMap("b"))))).isSameAs(fromFiles);
  }

  @Test
  void theStoresVersionOfAControllerOwnedResourceWinsOverTheFiles() {
    Resource fromController = configMap("weights", Map.of("canary", "20"), Map.of());
    ResourceSet fromFiles = ResourceSet.of(List.of(configMap("weights"), configMap("other")));

    ResourceSet merged = keepWeights.apply(fromFiles, ResourceSet.of(List.of(fromController)));

    assertThat(merged.all()).containsExactly(fromController, fromFiles.all().get(1));
  }

  @Test
  void aControllerOwnedResourceDeletedFromTheFilesIsDeleted() {
    Resource fromController = configMap("weights", Map.of("canary", "20"), Map.of());
    ResourceSet fromFiles = ResourceSet.of(List.of(configMap("other")));

    ResourceSet merged = keepWeights.apply(fromFiles, ResourceSet.of(List.of(fromController)));

    assertThat(merged.all()).extracting(Resource::name).containsExactly("other");
  }

  @Test
  void resourcesTheControllerDoesNotOwnComeFromTheFiles() {
    Resource edited = configMap("other", Map.of("edited", "v2"), Map.of());
    ResourceSet current = ResourceSet.of(List.of(configMap("other")));

    ResourceSet merged = keepWeights.apply(ResourceSet.of(List.of(edited)), current);

    assertThat(merged.all()).containsExactly(edited);
  }
}
