/** JMH benchmarks; run {@code java -jar bench/target/aviary-benchmarks.jar}. Never timed assertions. */
@NullMarked
package io.aviary.bench;

import org.jspecify.annotations.NullMarked;
