/**
 * The demo's backend: an HTTP app that answers with its version and can be told to fail a share of requests or to
 * answer slowly, so a canary of it can be seen to succeed, fail or be slow. JDK only, so that the demo and other
 * modules' tests can start several instances cheaply.
 */
@NullMarked
package io.aviary.demoapp;

import org.jspecify.annotations.NullMarked;
