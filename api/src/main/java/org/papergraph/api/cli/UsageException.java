package org.papergraph.api.cli;

/** A setting or option the command cannot work with: told to the user, exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
