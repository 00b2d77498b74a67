/**
 * Host lookup without scanning: exact names, then wildcard suffixes longest first, then {@code *}, all by hash
 * over a region of the request's authority so that no string is built per request.
 */
@NullMarked
package io.aviary.routing.host;

import org.jspecify.annotations.NullMarked;
