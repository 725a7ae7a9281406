package io.github.xaijava;

import io.github.xaijava.internal.services.ServiceContext;

/**
 * Every operation of {@link XaiClient} without blocking: {@code client.async().chat().create(r)}
 * returns a {@code CompletableFuture}. Shares the client's connections, settings and lifetime.
 *
 * <pre>{@code
 * client.async().chat().create(request)
 *     .thenAccept(r -> System.out.println(r.text()));
 * }</pre>
 *
 * <p>Calls run on OkHttp's dispatcher; retries and job polls are scheduled, so no thread waits
 * for an answer or a backoff. Results arrive on the client's callback executor if one is set
 * ({@link io.github.xaijava.config.ClientOptions.Builder#callbackExecutor}), otherwise on an
 * OkHttp thread. See {@code docs/threading.md}.
 */
public final class XaiAsyncClient extends AsyncServices {

  XaiAsyncClient(ServiceContext context) {
    super(context);
  }
}
