/** The canary controller. The decisions live in {@code machine}, a pure function of spec, status, observations and time; ports and scheduling wrap it. */
@NullMarked
package io.aviary.controller;

import org.jspecify.annotations.NullMarked;
