package io.github.xaijava.opentelemetry;

import io.opentelemetry.context.Context;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * The caller's context for calls whose interceptors run on another thread.
 *
 * <p>A blocking call runs its interceptors on the caller's thread, where
 * {@link Context#current()} is right. An asynchronous call runs them on OkHttp's dispatcher, and
 * the client's retries of it are sent from its scheduler thread: there the current context is
 * empty. What runs on the caller's thread in every case is {@code OkHttpClient.newCall}, which
 * asks the client's {@link EventListener.Factory} for the call's listener; this factory notes the
 * caller's context there, keyed by the request, which the client sends unchanged (the same object)
 * on every attempt of one operation. The key is held weakly: an entry goes when its request does.
 */
final class ParentContexts {

  // WeakHashMap compares keys with equals, which Request does not override: identity, as wanted.
  private final Map<Request, Context> byRequest =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The parent for an attempt of {@code original} (the call's request, before interceptors). */
  Context parentOf(Request original) {
    Context current = Context.current();
    if (current != Context.root()) {
      return current;
    }
    Context noted = byRequest.get(original);
    return noted != null ? noted : current;
  }

  /** The listener factory of an instrumented client: notes, then delegates to the caller's. */
  EventListener.Factory wrap(EventListener.Factory delegate) {
    return new Noting(delegate);
  }

  private final class Noting implements EventListener.Factory {
    private final EventListener.Factory delegate;

    Noting(EventListener.Factory delegate) {
      this.delegate = delegate;
    }

    @Override
    public EventListener create(Call call) {
      Request request = call.request();
      Context current = Context.current();
      // A retry is created on a thread without the caller's context: keep the first attempt's.
      if (current != Context.root() && Operation.of(request) != null) {
        byRequest.put(request, current);
      }
      return delegate.create(call);
    }
  }
}
