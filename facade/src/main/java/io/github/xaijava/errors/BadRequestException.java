package io.github.xaijava.errors;

/**
 * 400 Bad Request: an invalid argument, an unsupported parameter for the model, or a prompt that is too long.
 */
public final class BadRequestException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  BadRequestException(Answer answer) {
    super(answer);
  }
}
