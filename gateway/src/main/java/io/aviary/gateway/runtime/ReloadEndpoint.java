package io.aviary.gateway.runtime;

import io.aviary.gateway.admin.AdminEndpoint;
import io.aviary.gateway.admin.AdminRequest;
import io.aviary.gateway.admin.AdminResponse;
import io.aviary.store.ApplyResult;
import io.aviary.store.FileConfigSource;

/**
 * {@code POST /reload}: reads the files again now, even if they look unchanged, for when the file watcher and
 * the checksum poll cannot see a change (e.g. a mount that reports no events and keeps the same bytes) or a
 * script wants to know the outcome of an edit at once. Answers 200 with the live version, or 422 with every
 * problem of a rejected change.
 */
final class ReloadEndpoint implements AdminEndpoint {

  private final FileConfigSource source;

  ReloadEndpoint(FileConfigSource source) {
    this.source = source;
  }

  @Override
  public AdminResponse handle(AdminRequest request) {
    return switch (source.reload()) {
      case ApplyResult.Applied applied ->
          AdminResponse.text(200, "live as version " + applied.snapshot().version() + "\n");
      case ApplyResult.Rejected rejected -> AdminResponse.text(422,
          "rejected:\n  " + String.join("\n  ", rejected.rejection().problems()) + "\n");
    };
  }
}
