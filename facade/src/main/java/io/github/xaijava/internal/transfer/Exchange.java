package io.github.xaijava.internal.transfer;

import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.http.HttpCore;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one request and returns the open 2xx response; the caller closes it. A non-2xx answer
 * or an I/O failure is thrown as {@code XaiApiException} or {@link XaiIoException}, with the
 * error body already read and closed.
 */
@FunctionalInterface
public interface Exchange {

  /** Sends {@code request}; the returned response is 2xx and must be closed by the caller. */
  Response execute(Request request);

  /**
   * The client's transport: retries, auth, per-request options, the whole-call timeout and
   * typed errors from {@code core}. For JSON calls and uploads.
   */
  static Exchange of(HttpCore core, RequestOptions options) {
    Objects.requireNonNull(core, "core == null");
    Objects.requireNonNull(options, "options == null");
    return request -> core.execute(request, options);
  }

  /**
   * Like {@link #of} but on the streaming path: no whole-call timeout (only connect and read
   * timeouts), so that a large download is not cut off while it is still flowing.
   */
  static Exchange streaming(HttpCore core, RequestOptions options) {
    Objects.requireNonNull(core, "core == null");
    Objects.requireNonNull(options, "options == null");
    return request -> core.executeStreaming(request, options);
  }

  /**
   * A bare exchange over {@code client}: no retries and plain error mapping. For tests and for
   * use until the client's own transport is wired in.
   */
  static Exchange plain(OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    return request -> {
      Response response;
      try {
        response = client.newCall(request).execute();
      } catch (SocketTimeoutException e) {
        throw new XaiIoException(XaiIoException.Kind.TIMEOUT, "Timed out: " + request.url(), e, 0);
      } catch (InterruptedIOException e) {
        throw new XaiIoException(
            XaiIoException.Kind.CANCELED, "Cancelled: " + request.url(), e, 0);
      } catch (IOException e) {
        throw new XaiIoException(
            XaiIoException.Kind.CONNECTION, "Request failed: " + request.url(), e, 0);
      }
      if (response.isSuccessful()) {
        return response;
      }
      try (ResponseBody body = response.body()) {
        String raw = body == null ? "" : body.string();
        throw new XaiApiException(
            response.code(), null, null, response.header("x-request-id"),
            response.headers().toMultimap(), raw, 0);
      } catch (IOException e) {
        throw new XaiApiException(
            response.code(), null, null, response.header("x-request-id"),
            response.headers().toMultimap(), "", 0);
      }
    };
  }
}
