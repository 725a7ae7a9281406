package io.github.xaijava.internal.http;

import io.github.xaijava.config.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownServiceException;
import java.time.Duration;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a call on connection failures and on 408, 409, 429 and 5xx answers (see
 * {@link RetryPolicy} for the reasons and the POST choice).
 *
 * <p>It decides from the status line and headers only: a retried answer's body is closed
 * unread, and a 2xx answer is returned at once, so nothing delivered to the caller is ever
 * replayed. The retry count is written into the request's {@link CallState} tag.
 */
final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final Backoff backoff;
  private final Sleeper sleeper;

  RetryInterceptor(RetryPolicy policy, Backoff backoff, Sleeper sleeper) {
    this.policy = policy;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallState state = request.tag(CallState.class);
    int max = state != null && state.maxRetries != null ? state.maxRetries : policy.maxRetries();
    // A one-shot body (e.g. an InputStream upload) cannot be sent twice.
    if (request.body() != null && request.body().isOneShot()) {
      max = 0;
    }
    int retries = 0;
    while (true) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (retries >= max || chain.call().isCanceled() || !isRetryable(e)) {
          throw e;
        }
        pause(chain, backoff.delay(retries, null));
        retries = recordRetry(state, retries);
        continue;
      }
      if (retries >= max || !isRetryable(response.code())) {
        return response;
      }
      Duration delay = backoff.delay(retries, response.headers());
      // Free the connection before waiting; the failed body is not needed.
      response.close();
      pause(chain, delay);
      retries = recordRetry(state, retries);
    }
  }

  private static int recordRetry(CallState state, int retries) {
    int next = retries + 1;
    if (state != null) {
      state.retries = next;
    }
    return next;
  }

  static boolean isRetryable(int code) {
    return code == 408 || code == 409 || code == 429 || code >= 500;
  }

  private static boolean isRetryable(IOException e) {
    // Interrupted/cancelled/timed-out calls were stopped on purpose; a failed certificate
    // check or a refused cleartext policy will fail the same way again.
    return !(e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException))
        && !(e instanceof SSLPeerUnverifiedException)
        && !(e instanceof UnknownServiceException);
  }

  private void pause(Chain chain, Duration delay) throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
      io.initCause(e);
      throw io;
    }
    if (chain.call().isCanceled()) {
      // Cancelled, or the whole-call timeout fired, during the wait.
      throw new IOException("Canceled");
    }
  }
}
