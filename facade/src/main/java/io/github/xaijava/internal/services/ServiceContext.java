package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.internal.http.Calls;
import io.github.xaijava.internal.http.HttpStack;
import io.github.xaijava.internal.jobs.PollTimer;
import io.github.xaijava.internal.jobs.Poller;
import io.github.xaijava.internal.pagination.PageSource;
import io.github.xaijava.internal.sse.Streams;
import io.github.xaijava.internal.transfer.Uploads;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import retrofit2.Call;

/**
 * Not API. What every service of one client shares: the generated interfaces, the way their
 * calls are run, the stream decoders and the job poller.
 */
public final class ServiceContext {

  private final HttpStack stack;
  private final Calls calls;
  private final Streams streams;
  private final Poller poller;

  public ServiceContext(HttpStack stack) {
    this.stack = stack;
    this.calls = new Calls(stack.transport(), stack.options().callbackExecutor().orElse(null));
    this.streams = new Streams(stack.redactor(), stack.okHttpClient().dispatcher().executorService(),
        stack.options().maxStreamEventBytes());
    this.poller = new Poller(stack.options().pollOptions(), PollTimer.of(stack.timers()));
  }

  <A> A api(Class<A> type) {
    return stack.api(type);
  }

  Calls calls() {
    return calls;
  }

  Streams streams() {
    return streams;
  }

  Poller poller() {
    return poller;
  }

  /** The limit of an operation's uploads, unless the client was told not to check them. */
  Uploads.Limit uploadLimit(long maxBytes, String method, String path) {
    if (!stack.options().checkUploadLimits()) {
      return Uploads.Limit.NONE;
    }
    return new Uploads.Limit(maxBytes, method + " " + (path.startsWith("/") ? "" : "/") + path);
  }

  /** The pages of a list: {@code page} builds the request for a cursor (null: the first page). */
  <R> PageSource<R> pages(Function<String, Call<R>> page, RequestOptions options) {
    return new PageSource<>() {
      @Override
      public R fetch(String cursor) {
        return calls.json(page.apply(cursor), options);
      }

      @Override
      public CompletableFuture<R> fetchAsync(String cursor) {
        return calls.jsonAsync(page.apply(cursor), options);
      }
    };
  }

  /**
   * The options for the polls of a job started with {@code options}: its timeout, retries,
   * headers and query parameters, but not its body properties, which a GET cannot carry.
   */
  static RequestOptions forPolls(RequestOptions options) {
    if (options.bodyProperties().isEmpty()) {
      return options;
    }
    RequestOptions.Builder b = RequestOptions.builder();
    options.timeout().ifPresent(b::timeout);
    options.maxRetries().ifPresent(b::maxRetries);
    options.headers().forEach(b::header);
    options.queryParams().forEach(b::queryParam);
    return b.build();
  }
}
