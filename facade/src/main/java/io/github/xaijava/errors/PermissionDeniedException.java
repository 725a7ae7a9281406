package io.github.xaijava.errors;

/**
 * 403 Forbidden: the team is out of credits, hit its spending limit, or lacks access to the model or feature.
 */
public final class PermissionDeniedException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  PermissionDeniedException(Answer answer) {
    super(answer);
  }
}
