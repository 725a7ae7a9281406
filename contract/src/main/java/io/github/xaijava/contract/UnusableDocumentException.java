package io.github.xaijava.contract;

/**
 * The input is not an OpenAPI 3 document we can work with: not JSON, not an object, Swagger 2,
 * unreachable. The message is one line that says why, meant to be printed as it is.
 */
public final class UnusableDocumentException extends Exception {

  private static final long serialVersionUID = 1L;

  UnusableDocumentException(String reason) {
    super(reason);
  }

  UnusableDocumentException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
