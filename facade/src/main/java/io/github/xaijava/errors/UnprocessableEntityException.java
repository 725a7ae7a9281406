package io.github.xaijava.errors;

/**
 * 422 Unprocessable Entity: the body could not be deserialized by the server. xAI answers this in plain text, which is in {@link #rawBody()} and the message.
 */
public final class UnprocessableEntityException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(Answer answer) {
    super(answer);
  }
}
