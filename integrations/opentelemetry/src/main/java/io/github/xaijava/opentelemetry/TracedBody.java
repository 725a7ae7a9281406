package io.github.xaijava.opentelemetry;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A streamed answer's body that shows each chunk read to its {@link InferenceCall} on the way to
 * the caller, and tells it of the end, a failure or the close. Nothing is held back or copied
 * beyond the scan: the caller reads the same bytes at the same pace.
 */
final class TracedBody extends ResponseBody {

  private final ResponseBody delegate;
  private final InferenceCall call;
  private BufferedSource source;

  TracedBody(ResponseBody delegate, InferenceCall call) {
    this.delegate = delegate;
    this.call = call;
  }

  @Override
  public MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() {
    return delegate.contentLength();
  }

  @Override
  public synchronized BufferedSource source() {
    if (source == null) {
      source = Okio.buffer(new Observed(delegate.source()));
    }
    return source;
  }

  private final class Observed extends ForwardingSource {

    Observed(okio.Source delegate) {
      super(delegate);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long read;
      try {
        read = super.read(sink, byteCount);
      } catch (IOException | RuntimeException e) {
        call.onStreamFailure(e);
        throw e;
      }
      if (read < 0) {
        call.onEndOfStream();
      } else {
        call.onBytes(sink, sink.size() - read, read);
      }
      return read;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        call.onClose();
      }
    }
  }
}
