package io.github.xaijava.cli.commands;

/**
 * A usage error found while a command runs (a missing file, an unusable environment, options
 * that do not go together): reported like a parse error, with exit code 2.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
