package io.github.xaijava.opentelemetry;

import okhttp3.Request;

/**
 * The xAI operations that get a span: the inference endpoints, each with its GenAI operation name
 * and the wire shape its answer is read in. Every other request (files, models, polls, WebSocket
 * upgrades) passes through untouched: it is plain HTTP, which HTTP instrumentation covers.
 */
enum Operation {
  CHAT_COMPLETIONS("/v1/chat/completions", "chat"),
  RESPONSES("/v1/responses", "chat"),
  MESSAGES("/v1/messages", "chat"),
  COMPLETIONS("/v1/completions", "text_completion"),
  EMBEDDINGS("/v1/embeddings", "embeddings"),
  IMAGE_GENERATIONS("/v1/images/generations", "generate_content"),
  IMAGE_EDITS("/v1/images/edits", "generate_content"),
  VIDEO_GENERATIONS("/v1/videos/generations", "generate_content"),
  VIDEO_EDITS("/v1/videos/edits", "generate_content"),
  VIDEO_EXTENSIONS("/v1/videos/extensions", "generate_content");

  private static final Operation[] ALL = values();

  private final String path;
  private final String operationName;

  Operation(String path, String operationName) {
    this.path = path;
    this.operationName = operationName;
  }

  /** The {@code gen_ai.operation.name}. */
  String operationName() {
    return operationName;
  }

  /**
   * The operation {@code request} performs, or null. Matched on the end of the path, because a
   * base URL may put a prefix (a gateway's) before {@code /v1}.
   */
  static Operation of(Request request) {
    if (!"POST".equals(request.method())) {
      return null;
    }
    String path = request.url().encodedPath();
    for (Operation op : ALL) {
      if (path.endsWith(op.path)) {
        return op;
      }
    }
    return null;
  }

  boolean isImage() {
    return this == IMAGE_GENERATIONS || this == IMAGE_EDITS;
  }

  boolean isVideo() {
    return this == VIDEO_GENERATIONS || this == VIDEO_EDITS || this == VIDEO_EXTENSIONS;
  }
}
