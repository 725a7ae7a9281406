package io.github.xaijava.simulator.internal;

import com.google.gson.JsonObject;

/** The shape of an event stream: which frames it has and how an error inside it looks. */
public enum Dialect {
  /** Chat and text completions: {@code data:} frames only, ended by {@code data: [DONE]}. */
  CHAT,
  /** Responses: typed events with {@code sequence_number}, no [DONE]. */
  RESPONSES,
  /** Anthropic messages and legacy complete: {@code event:} lines before each {@code data:}. */
  ANTHROPIC;

  /** The dialect of the streams a path answers with. */
  public static Dialect forPath(String path) {
    if (path.startsWith("/v1/responses")) {
      return RESPONSES;
    }
    if (path.startsWith("/v1/messages") || path.startsWith("/v1/complete") && !path.startsWith("/v1/completions")) {
      return ANTHROPIC;
    }
    return CHAT;
  }

  /** The event name of an error frame, or null for a bare {@code data:} frame. */
  String errorEvent() {
    return this == CHAT ? null : "error";
  }

  /** The payload of an error frame, the {@code sequence}-th event of its stream. */
  JsonObject errorPayload(int sequence, String message) {
    switch (this) {
      case RESPONSES:
        return Json.obj().put("type", "error").put("sequence_number", sequence).put("code", "internal_error")
            .put("message", message).put("param", (String) null).build();
      case ANTHROPIC:
        return Json.obj().put("type", "error")
            .put("error", Json.obj().put("type", "api_error").put("message", message)).build();
      default:
        return Errors.body(Errors.INTERNAL, message);
    }
  }
}
