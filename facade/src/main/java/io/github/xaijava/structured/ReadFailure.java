package io.github.xaijava.structured;

/**
 * Why a JSON value does not fit a shape, and where; {@link ShapeReader} throws it and the public
 * entry points turn it into a {@link io.github.xaijava.errors.StructuredOutputException} with the raw text.
 */
final class ReadFailure extends RuntimeException {

  private final String path;
  private final String reason;

  ReadFailure(String path, String reason, Throwable cause) {
    super(path + ": " + reason, cause, false, false);
    this.path = path;
    this.reason = reason;
  }

  String path() {
    return path;
  }

  String reason() {
    return reason;
  }
}
