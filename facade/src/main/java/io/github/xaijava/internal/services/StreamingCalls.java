package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.sse.Streams;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamResponse;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import io.github.xaijava.errors.XaiIoException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;

/** Opens streaming operations through {@link HttpCore#executeStreaming}. */
final class StreamingCalls {

  private StreamingCalls() {
  }

  /** A POST of {@code body} with {@code "stream": true} set on its JSON (not on the object). */
  static Request post(HttpCore core, String path, Object body) {
    return new Request.Builder()
        .url(core.url(path).build())
        .header("Accept", "text/event-stream")
        .post(Streams.streamingBody(body, core.gson()))
        .build();
  }

  /**
   * Executes with the core's retries and error mapping (an HTTP error before the first event is
   * the same typed exception as for a plain call), then wraps the open response.
   */
  static Response open(HttpCore core, Request request, RequestOptions options) {
    Response response = core.executeStreaming(request, options);
    MediaType type = response.body() == null ? null : response.body().contentType();
    if (type != null && !("text".equals(type.type()) && "event-stream".equals(type.subtype()))) {
      // A proxy's HTML page or a JSON answer would otherwise look like a stream with no events.
      String start = peek(response);
      response.close();
      throw new XaiIoException(XaiIoException.Kind.UNREADABLE_BODY,
          "expected a text/event-stream answer but got " + type + ": " + start, null,
          HttpCore.retries(response));
    }
    return response;
  }

  private static String peek(Response response) {
    try {
      return response.peekBody(2048).string();
    } catch (IOException | RuntimeException e) {
      return "(body unreadable)";
    }
  }

  /**
   * Push-style reading on the client's async threads. Cancelling goes through the core's async
   * future, which cancels the HTTP call whether it waits for headers or streams.
   */
  static <T> StreamSubscription async(HttpCore core, java.util.concurrent.Callable<? extends StreamResponse<T>> opener,
      StreamHandler<T> handler) {
    // Set on the client's thread, read by whichever thread cancels.
    AtomicReference<CompletableFuture<Void>> running = new AtomicReference<>();
    Executor viaCore = task -> running.set(core.async(() -> {
      task.run();
      return null;
    }));
    return Streams.async(viaCore, opener, () -> {
      CompletableFuture<Void> future = running.get();
      if (future != null) {
        future.cancel(true);
      }
    }, handler);
  }

}
