/**
 * Flagger's MetricTemplates with provider {@code prometheus}: the template looked up in the config store, its query
 * rendered with Flagger's variables and run as an instant query on Prometheus' HTTP API.
 */
@NullMarked
package io.aviary.adapters.prometheus;

import org.jspecify.annotations.NullMarked;
