package io.github.xaijava.internal.http;

import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.errors.AnswerTooLarge;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Not API. A whole answer's body that fails once more than its cap has been read: an answer read
 * into memory cannot grow without end (a misbehaving proxy, a wrong endpoint).
 */
final class CappedBody extends ResponseBody {

  private final ResponseBody body;
  private final BufferedSource source;

  CappedBody(ResponseBody body, long cap) {
    this.body = body;
    this.source = Okio.buffer(new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, byteCount);
        if (n > 0) {
          read += n;
          if (read > cap) {
            throw new AnswerTooLarge(cap);
          }
        }
        return n;
      }
    });
  }

  /** The exception for an answer whose announced size already passes the cap. */
  static XaiIoException tooLarge(Request request, long announced, long cap, int retries) {
    return AnswerTooLarge.toXai(request, announced + " bytes", cap, retries, null);
  }

  @Override
  public MediaType contentType() {
    return body.contentType();
  }

  @Override
  public long contentLength() {
    return body.contentLength();
  }

  @Override
  public BufferedSource source() {
    return source;
  }

  @Override
  public void close() {
    body.close();
  }
}
