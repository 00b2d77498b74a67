/** Reading manifests: files, folders and stdin, multi-document YAML and kind List, into resources that remember their source. */
@NullMarked
package io.aviary.model.load;

import org.jspecify.annotations.NullMarked;
