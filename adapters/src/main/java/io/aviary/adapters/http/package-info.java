/** What the HTTP adapters share: how a URL is shown in results and logs without the secrets it may carry. */
@NullMarked
package io.aviary.adapters.http;

import org.jspecify.annotations.NullMarked;
