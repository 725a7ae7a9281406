package io.github.xaijava.internal.http;

import io.github.xaijava.internal.errors.Redactor;
import io.github.xaijava.config.LogLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Opt-in logging of each attempt (the last application interceptor, so it sees every attempt
 * with all our headers), with credentials
 * redacted twice over: by header name, and by replacing the API key wherever it appears in
 * the text, in case a caller put it somewhere unexpected.
 */
final class RedactingLogger implements Interceptor {

  static final String REDACTED = Redactor.REDACTED;
  private static final long MAX_BODY_LOG = 16 * 1024;

  private final LogLevel level;
  private final Consumer<String> sink;
  private final Redactor redactor;

  RedactingLogger(LogLevel level, Consumer<String> sink, Redactor redactor) {
    this.level = level;
    this.sink = sink;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Redactor redacting = redactor.forRequest(request);
    StringBuilder out = new StringBuilder("--> ")
        .append(request.method()).append(' ').append(request.url());
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      appendHeaders(out, request.headers());
    }
    if (level.compareTo(LogLevel.BODY) >= 0 && request.body() != null) {
      appendRequestBody(out, request.body());
    }
    log(out, redacting);
    if (level == LogLevel.DEBUG) {
      log(new StringBuilder(curl(request)), redacting);
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(new StringBuilder("<-- HTTP FAILED: ").append(e), redacting);
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ')
        .append(request.method()).append(' ').append(request.url())
        .append(" (").append(ms).append(" ms");
    String requestId = response.header("x-request-id");
    if (requestId != null) {
      in.append(", request-id ").append(requestId);
    }
    in.append(')');
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      appendHeaders(in, response.headers());
    }
    if (level.compareTo(LogLevel.BODY) >= 0) {
      appendResponseBody(in, response);
    }
    log(in, redacting);
    return response;
  }

  /**
   * The request as a {@code curl} command: method, URL, headers (credentials redacted) and a text
   * body. A body that cannot be shown (multipart, binary, one-shot) is left out, and said so.
   */
  static String curl(Request request) {
    StringBuilder cmd = new StringBuilder("curl -X ").append(request.method()).append(' ')
        .append(quote(request.url().toString()));
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = Redactor.isSecretHeader(name)
          ? (name.equalsIgnoreCase("authorization") ? "Bearer " + REDACTED : REDACTED) : headers.value(i);
      cmd.append(" \\\n  -H ").append(quote(name + ": " + value));
    }
    RequestBody body = request.body();
    if (body != null) {
      if (body.contentType() != null && headers.get("Content-Type") == null) {
        cmd.append(" \\\n  -H ").append(quote("Content-Type: " + body.contentType()));
      }
      if (!isText(body.contentType()) || body.isOneShot() || body.isDuplex()) {
        cmd.append("  # body not shown: ").append(body.contentType());
      } else {
        try {
          Buffer buffer = new Buffer();
          body.writeTo(buffer);
          cmd.append(" \\\n  --data-raw ").append(quote(buffer.readUtf8()));
        } catch (IOException e) {
          cmd.append("  # body not readable: ").append(e);
        }
      }
    }
    return cmd.toString();
  }

  /** {@code text} in single quotes for a POSIX shell. */
  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private void log(StringBuilder line, Redactor redacting) {
    sink.accept(redacting.redact(line.toString()));
  }

  private static void appendHeaders(StringBuilder sb, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret = Redactor.isSecretHeader(name);
      sb.append('\n').append(name).append(": ").append(secret ? REDACTED : headers.value(i));
    }
  }

  private static void appendRequestBody(StringBuilder sb, RequestBody body) {
    if (!isText(body.contentType()) || body.isOneShot() || body.isDuplex()) {
      sb.append("\n(body not logged: ").append(body.contentType()).append(')');
      return;
    }
    try {
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      long n = Math.min(buffer.size(), MAX_BODY_LOG);
      sb.append('\n').append(buffer.readString(n, StandardCharsets.UTF_8));
      if (buffer.size() > 0) {
        sb.append("… (truncated)");
      }
    } catch (IOException e) {
      sb.append("\n(body not readable: ").append(e).append(')');
    }
  }

  private static void appendResponseBody(StringBuilder sb, Response response) {
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    if (body == null || !isText(type) || isEventStream(type)) {
      // Streams and binary downloads must reach the caller unbuffered.
      sb.append("\n(body not logged: ").append(type).append(')');
      return;
    }
    try {
      // peekBody leaves the body intact for the caller.
      sb.append('\n').append(response.peekBody(MAX_BODY_LOG).string());
    } catch (IOException e) {
      sb.append("\n(body not readable: ").append(e).append(')');
    }
  }

  private static boolean isEventStream(MediaType type) {
    return type != null && "event-stream".equals(type.subtype());
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return true;
    }
    String sub = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equals("text") || sub.contains("json") || sub.contains("xml")
        || sub.contains("x-www-form-urlencoded");
  }
}
