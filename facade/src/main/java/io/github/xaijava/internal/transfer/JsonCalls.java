package io.github.xaijava.internal.transfer;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.XaiIoException;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** JSON requests over an {@link Exchange}, read straight from the body stream. */
public final class JsonCalls {

  /** {@code application/json; charset=utf-8}, which xAI requires on every JSON POST. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private JsonCalls() {
  }

  /** {@code GET url}, read as {@code type}. */
  public static <T> T get(Exchange exchange, HttpUrl url, Class<T> type) {
    try (Response response = exchange.execute(new Request.Builder().url(url).get().build())) {
      return read(response, type);
    }
  }

  /**
   * {@code GET url} for work xAI may not have finished: empty on 202 or an empty body, else the
   * body read as {@code type}.
   */
  public static <T> Optional<T> getPending(Exchange exchange, HttpUrl url, Class<T> type) {
    try (Response response = exchange.execute(new Request.Builder().url(url).get().build())) {
      if (response.code() == 202) {
        return Optional.empty();
      }
      ResponseBody body = response.body();
      if (body == null || body.contentLength() == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(read(response, type));
    }
  }

  /** {@code POST url} with {@code json}, the answer read as {@code type}. */
  public static <T> T post(Exchange exchange, HttpUrl url, JsonElement json, Class<T> type) {
    RequestBody body = RequestBody.create(XaiJson.gson().toJson(json), JSON);
    return post(exchange, url, body, type);
  }

  /** {@code POST url} with {@code body}, the answer read as {@code type}. */
  public static <T> T post(Exchange exchange, HttpUrl url, RequestBody body, Class<T> type) {
    try (Response response = exchange.execute(new Request.Builder().url(url).post(body).build())) {
      return read(response, type);
    }
  }

  /** Reads a 2xx body as {@code type}; an unreadable body is an {@link XaiIoException}. */
  public static <T> T read(Response response, Class<T> type) {
    ResponseBody body = response.body();
    if (body == null) {
      throw unreadable(response, null);
    }
    try (Reader reader = body.charStream()) {
      T value = XaiJson.gson().fromJson(reader, type);
      if (value == null) {
        throw unreadable(response, null);
      }
      return value;
    } catch (IOException | JsonParseException e) {
      throw unreadable(response, e);
    }
  }

  private static XaiIoException unreadable(Response response, Exception cause) {
    return new XaiIoException(
        XaiIoException.Kind.UNREADABLE_BODY,
        "Could not read the " + response.code() + " answer of " + response.request().url()
            + " as JSON",
        cause,
        0);
  }
}
