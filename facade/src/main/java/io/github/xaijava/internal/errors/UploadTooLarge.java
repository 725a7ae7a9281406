package io.github.xaijava.internal.errors;

import io.github.xaijava.errors.XaiIoException;
import java.io.IOException;

/**
 * Not API. An upload over the most bytes xAI accepts for its operation. Known before sending when
 * the upload's length is known ({@link #toXai()} is thrown at once, nothing sent); otherwise thrown
 * from inside the request body as it passes the limit, so the send stops, and {@link IoFailures}
 * turns it into the same {@code TOO_LARGE} {@link XaiIoException}.
 */
public final class UploadTooLarge extends IOException {

  private static final long serialVersionUID = 1L;

  /** {@code size}: the upload's length, or -1 when unknown (it was stopped on passing the limit). */
  public UploadTooLarge(String filename, long size, long limit, String operation) {
    super("The upload " + filename + " to " + operation
        + (size >= 0 ? " is " + size + " bytes, over" : " passed") + " the " + limit
        + " bytes xAI accepts there" + (size >= 0 ? "; nothing was sent" : "; the rest was not sent")
        + " (ClientOptions.Builder.checkUploadLimits(false) sends it anyway)");
  }

  /** The exception users see; no call was retried. */
  public XaiIoException toXai() {
    return new XaiIoException(XaiIoException.Kind.TOO_LARGE, getMessage(), this, 0);
  }
}
