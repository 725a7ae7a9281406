package io.github.xaijava.internal.sse;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.MessageStream;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.generated.model.ChatResponseChunk;
import java.io.IOException;
import java.util.concurrent.Executor;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Entry points used by the services: turn an open response (or a call) into a typed stream, and
 * build the request body with {@code "stream": true}.
 */
public final class Streams {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private Streams() {
  }

  /**
   * The JSON body of {@code request} with {@code "stream": true} added; the caller's object is
   * not touched (the flag is set on its JSON tree, not on the object).
   */
  public static RequestBody streamingBody(Object request, Gson gson) {
    JsonObject json = gson.toJsonTree(request).getAsJsonObject();
    json.addProperty("stream", true);
    return RequestBody.create(gson.toJson(json), JSON);
  }

  /** A chat stream over an open, successful response; {@code cancel} cancels its call. */
  public static ChatStream chat(Response response, Runnable cancel, Gson gson) {
    return ChatStreamImpl.create(response, cancel, gson);
  }

  /** A responses stream over an open, successful response. */
  public static ResponseStream responses(Response response, Runnable cancel, Gson gson) {
    return ResponseStreamImpl.create(response, cancel, gson);
  }

  /** A messages stream over an open, successful response. */
  public static MessageStream messages(Response response, Runnable cancel, Gson gson) {
    return MessageStreamImpl.create(response, cancel, gson);
  }

  /** Executes {@code call} and opens a chat stream on its response. */
  public static ChatStream chat(Call call, Gson gson) {
    return chat(execute(call), call::cancel, gson);
  }

  /** Executes {@code call} and opens a responses stream on its response. */
  public static ResponseStream responses(Call call, Gson gson) {
    return responses(execute(call), call::cancel, gson);
  }

  /** Executes {@code call} and opens a messages stream on its response. */
  public static MessageStream messages(Call call, Gson gson) {
    return messages(execute(call), call::cancel, gson);
  }

  /** Reads a chat stream from {@code call} on {@code executor}, pushing chunks to {@code handler}. */
  public static StreamSubscription chatAsync(Call call, Gson gson, Executor executor,
      StreamHandler<ChatResponseChunk> handler) {
    return AsyncStream.start(executor, () -> chat(call, gson), call::cancel, handler);
  }

  /** Push-style reading of any stream, opened on {@code executor} by {@code opener}. */
  public static <T> StreamSubscription async(Executor executor,
      java.util.concurrent.Callable<? extends io.github.xaijava.streaming.StreamResponse<T>> opener,
      Runnable cancelOpening, StreamHandler<T> handler) {
    return AsyncStream.start(executor, opener, cancelOpening, handler);
  }

  // Until the facade core's HTTP seam is merged: a minimal status check.
  private static Response execute(Call call) {
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw StreamErrors.io(e);
    }
    if (!response.isSuccessful()) {
      String body;
      try (response) {
        body = response.body().string();
      } catch (IOException e) {
        body = "";
      }
      throw new XaiStreamException(String.valueOf(response.code()), body);
    }
    return response;
  }
}
