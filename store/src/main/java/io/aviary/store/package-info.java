/** See the module's pom description. */
@NullMarked
package io.aviary.store;

import org.jspecify.annotations.NullMarked;
