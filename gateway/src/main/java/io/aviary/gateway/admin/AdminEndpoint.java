package io.aviary.gateway.admin;

/** One admin route. Runs off the event loop, so it may block briefly (e.g. writing the state directory). */
@FunctionalInterface
public interface AdminEndpoint {
  AdminResponse handle(AdminRequest request) throws Exception;
}
