/** See the module's pom description. */
@NullMarked
package io.aviary.gateway;

import org.jspecify.annotations.NullMarked;
