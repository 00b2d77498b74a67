package io.aviary.model.load;

import io.aviary.model.Resource;
import io.aviary.model.ResourceSet;
import java.util.List;

/** Everything read from the inputs, and the inputs that could not be read. */
public record LoadResult(List<Manifest> manifests, List<ReadError> errors) {

  public LoadResult {
    manifests = List.copyOf(manifests);
    errors = List.copyOf(errors);
  }

  public boolean readable() {
    return errors.isEmpty();
  }

  /** The resources that decoded, as one set; a later manifest with the same id replaces an earlier one. */
  public ResourceSet resources() {
    return ResourceSet.of(manifests.stream().map(Manifest::resource).toList());
  }

  public List<Resource> allResources() {
    return manifests.stream().map(Manifest::resource).toList();
  }
}
