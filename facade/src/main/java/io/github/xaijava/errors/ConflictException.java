package io.github.xaijava.errors;

/**
 * 409 Conflict: the resource is in a conflicting state. Retried automatically by default.
 */
public final class ConflictException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  ConflictException(Answer answer) {
    super(answer);
  }
}
