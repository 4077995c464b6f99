package org.papergraph.api.cli;

/** A setting or option the command cannot work with: told to the user, exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
