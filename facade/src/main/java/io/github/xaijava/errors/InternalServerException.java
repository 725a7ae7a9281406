package io.github.xaijava.errors;

/**
 * 5xx: the server failed. Retried automatically by default. xAI also answers 500 for some malformed ids.
 */
public final class InternalServerException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  InternalServerException(Answer answer) {
    super(answer);
  }
}
