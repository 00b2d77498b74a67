/** Where a resource came from: file, line, and the line of each field, so that every error can point at it. */
@NullMarked
package io.aviary.model.source;

import org.jspecify.annotations.NullMarked;
