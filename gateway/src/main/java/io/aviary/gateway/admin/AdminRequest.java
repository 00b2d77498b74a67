package io.aviary.gateway.admin;

import java.util.Map;

/** An admin request: method, path without query, query parameters and body. */
public record AdminRequest(String method, String path, Map<String, String> query, byte[] body) {}
