package io.github.xaijava.internal.sse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.internal.errors.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * The one place where stream failures become exceptions. Everything taken from the server's
 * text passes through the client's {@link Redactor} first, so an echoed API key never shows.
 */
final class StreamErrors {

  private final Redactor redactor;

  StreamErrors(Redactor redactor) {
    this.redactor = redactor;
  }

  /** These errors, also hiding the credentials {@code request} carries in its own headers. */
  StreamErrors forRequest(okhttp3.Request request) {
    Redactor redacting = redactor.forRequest(request);
    return redacting == redactor ? this : new StreamErrors(redacting);
  }

  /** An error reported by the server inside the stream, with xAI's code and message. */
  XaiStreamException payload(String what, String code, String message) {
    return new XaiStreamException(redactor.redact(code),
        redactor.redact(message == null ? what : message));
  }

  /** The stream ended before its terminal event. */
  static XaiStreamException truncated(String detail) {
    return new XaiStreamException(null, "stream ended early: " + detail);
  }

  /**
   * Reading the stream failed. A read timeout (no byte for longer than the read timeout) is a
   * timeout; any other failure after the stream opened — a reset, a chunked body cut short — means
   * the stream ended early.
   */
  static RuntimeException io(IOException e) {
    if (e instanceof SseReader.EventTooLarge big) {
      return new XaiIoException(XaiIoException.Kind.TOO_LARGE, "a stream event passed the "
          + big.limit() + " bytes the client holds in memory"
          + " (ClientOptions.Builder.maxStreamEventBytes)", e, 0);
    }
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException
        && "timeout".equals(e.getMessage())) {
      return new XaiIoException(XaiIoException.Kind.TIMEOUT,
          "stream timed out: no data within the read timeout", e, 0);
    }
    if (e instanceof InterruptedIOException || "Canceled".equals(e.getMessage())) {
      return new XaiIoException(XaiIoException.Kind.CANCELED, "stream cancelled: " + e, e, 0);
    }
    return new XaiStreamException(null, "stream ended early: " + e, e);
  }

  /** A data payload that is not the JSON it should be. */
  XaiStreamException malformed(String data, Exception cause) {
    String shown = data.length() > 200 ? data.substring(0, 200) + "…" : data;
    return new XaiStreamException(null, "malformed stream payload: " + redactor.redact(shown),
        cause);
  }

  /** A successful answer to a stream request that is not an event stream. */
  XaiIoException notAStream(String contentType, String start, int retries) {
    return new XaiIoException(XaiIoException.Kind.UNREADABLE_BODY,
        "expected a text/event-stream answer but got " + contentType + ": "
            + redactor.redact(start), null, retries);
  }

  /**
   * Reads an error object in any of the shapes seen: xAI's flat
   * {@code {"code":"…","error":"…"}}, OpenAI's {@code {"error":{"message","code","type"}}} and
   * the responses / messages {@code {"type":"error", "code", "message"}} forms.
   */
  XaiStreamException fromJson(String what, JsonObject json) {
    String code = text(json.get("code"));
    String message = text(json.get("message"));
    JsonElement error = json.get("error");
    if (error != null && error.isJsonObject()) {
      JsonObject nested = error.getAsJsonObject();
      if (message == null) {
        message = text(nested.get("message"));
      }
      if (code == null) {
        code = text(nested.get("code"));
      }
      if (code == null) {
        code = text(nested.get("type"));
      }
    } else if (error != null && message == null) {
      message = text(error);
    }
    return payload(what, code, message);
  }

  static String text(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return null;
    }
    return element.isJsonPrimitive() ? element.getAsString() : element.toString();
  }
}
