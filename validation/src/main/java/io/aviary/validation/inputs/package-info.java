/** Checks of the input as a whole rather than of one resource: duplicates across files. */
@NullMarked
package io.aviary.validation.inputs;

import org.jspecify.annotations.NullMarked;
