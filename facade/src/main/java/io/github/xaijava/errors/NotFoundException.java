package io.github.xaijava.errors;

/**
 * 404 Not Found: an unknown or retired model, or an unknown id (file, response, skill, job).
 */
public final class NotFoundException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  NotFoundException(Answer answer) {
    super(answer);
  }
}
