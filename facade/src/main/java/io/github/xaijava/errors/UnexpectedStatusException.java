package io.github.xaijava.errors;

/**
 * An HTTP error status without a more specific class (e.g. 405, 413, 415), or a non-2xx status the client does not otherwise handle.
 */
public final class UnexpectedStatusException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(Answer answer) {
    super(answer);
  }
}
