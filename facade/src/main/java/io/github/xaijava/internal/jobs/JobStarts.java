package io.github.xaijava.internal.jobs;

import com.google.gson.JsonObject;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.StartDeferredResponse;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.internal.transfer.Exchange;
import io.github.xaijava.internal.transfer.JsonCalls;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.VideoJob;
import java.util.Objects;
import okhttp3.HttpUrl;

/** Starts (or resumes) deferred chat completions and video jobs over an {@link Exchange}. */
public final class JobStarts {

  private final Exchange exchange;
  private final Exchange pollExchange;
  private final HttpUrl baseUrl;
  private final Poller poller;

  /** Jobs against {@code baseUrl} (ending with {@code /}). */
  public JobStarts(Exchange exchange, HttpUrl baseUrl, Poller poller) {
    this(exchange, exchange, baseUrl, poller);
  }

  /**
   * Jobs whose starting POST goes through {@code exchange} and whose polls go through
   * {@code pollExchange} (e.g. without the caller's extra body properties, which a GET cannot
   * carry).
   */
  public JobStarts(Exchange exchange, Exchange pollExchange, HttpUrl baseUrl, Poller poller) {
    this.exchange = Objects.requireNonNull(exchange, "exchange == null");
    this.pollExchange = Objects.requireNonNull(pollExchange, "pollExchange == null");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.poller = Objects.requireNonNull(poller, "poller == null");
  }

  /**
   * {@code POST /v1/chat/completions} with {@code "deferred": true}. The caller's request object
   * is not changed: the flag is added to a JSON copy.
   */
  public DeferredCompletion defer(ChatRequest request) {
    Objects.requireNonNull(request, "request == null");
    JsonObject json = XaiJson.gson().toJsonTree(request).getAsJsonObject();
    json.addProperty("deferred", true);
    StartDeferredResponse started =
        JsonCalls.post(exchange, url("v1/chat/completions"), json, StartDeferredResponse.class);
    return resumeDeferred(requireId(started, "v1/chat/completions"));
  }

  /** A handle on a deferred completion started earlier (possibly by another process). */
  public DeferredCompletion resumeDeferred(String requestId) {
    Objects.requireNonNull(requestId, "requestId == null");
    HttpUrl poll = baseUrl.newBuilder()
        .addPathSegments("v1/chat/deferred-completion")
        .addPathSegment(requestId)
        .build();
    return new DeferredCompletionImpl(
        requestId, () -> JsonCalls.getPending(pollExchange, poll, ChatResponse.class), poller);
  }

  /** {@code POST /v1/videos/generations}. */
  public VideoJob generateVideo(GenerateVideoRequest request) {
    return startVideo("v1/videos/generations", request);
  }

  /** {@code POST /v1/videos/edits}. */
  public VideoJob editVideo(EditVideoRequest request) {
    return startVideo("v1/videos/edits", request);
  }

  /** {@code POST /v1/videos/extensions}. */
  public VideoJob extendVideo(ExtendVideoRequest request) {
    return startVideo("v1/videos/extensions", request);
  }

  /** A handle on a video job started earlier. */
  public VideoJob resumeVideo(String requestId) {
    Objects.requireNonNull(requestId, "requestId == null");
    HttpUrl poll = baseUrl.newBuilder()
        .addPathSegments("v1/videos")
        .addPathSegment(requestId)
        .build();
    return new VideoJobImpl(
        requestId, () -> JsonCalls.getPending(pollExchange, poll, VideoResponse.class), poller);
  }

  private VideoJob startVideo(String path, Object request) {
    Objects.requireNonNull(request, "request == null");
    StartDeferredResponse started = JsonCalls.post(
        exchange, url(path), XaiJson.gson().toJsonTree(request), StartDeferredResponse.class);
    return resumeVideo(requireId(started, path));
  }

  private HttpUrl url(String path) {
    return baseUrl.newBuilder().addPathSegments(path).build();
  }

  private static String requireId(StartDeferredResponse started, String path) {
    String id = started.getRequestId();
    if (id == null || id.isEmpty()) {
      throw new XaiIoException(
          XaiIoException.Kind.UNREADABLE_BODY, "No request_id in the answer of " + path, null, 0);
    }
    return id;
  }
}
