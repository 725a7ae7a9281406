package io.github.xaijava.errors;

/**
 * The request was not authenticated: HTTP 401, or xAI's HTTP 400 "Incorrect API key provided" (xAI answers a wrong key with 400, so {@link #statusCode()} may be 400 here).
 *
 * <p>Check the API key; retrying will not help.
 */
public final class AuthenticationException extends XaiApiException {

  private static final long serialVersionUID = 1L;

  AuthenticationException(Answer answer) {
    super(answer);
  }
}
